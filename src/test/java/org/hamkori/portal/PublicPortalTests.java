package org.hamkori.portal;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;

import org.hamkori.HamkoriWebTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamkori.TestRequests.as;

/**
 * The public portal shows only what secretariats marked public. Members-only markers are
 * seeded next to the public demo records (a decision of the public meeting, its action, a
 * recommendation recorded as the public decision D2, the Kyrgyz answer, the minutes of a
 * meeting not public, a library document), people who did not consent to be named and the
 * contacts of those who did, and every page of the sitemap is searched for them as an
 * anonymous visitor.
 */
@HamkoriWebTest
@Transactional
class PublicPortalTests {

	static final String DECISION = "MARKER-DECISION-9c41";

	static final String ACTION = "MARKER-ACTION-5d17";

	static final String RECOMMENDATION = "MARKER-RECOMMENDATION-2b88";

	static final String ANSWER = "MARKER-ANSWER-7e02";

	static final String SUMMARY = "MARKER-SUMMARY-4a6f";

	static final String DOCUMENT = "MARKER-DOCUMENT-1f90";

	/** The Tajik issue escalated to the region stays members-only in the demo data. */
	static final String NATIONAL_ISSUE = "High recruitment fees charged by private employment agencies";

	/**
	 * A Tajik member who did not consent to the public listing, and the contacts of one
	 * who did (only names and seats are listed).
	 */
	static final List<String> PEOPLE = List.of("Rustam Nazarov", "r.nazarov@mol.example.tj",
			"f.karimova@mol.example.tj", "+992 44 000");

	static final List<String> MARKERS = java.util.stream.Stream
		.concat(java.util.stream.Stream.of(DECISION, ACTION, RECOMMENDATION, ANSWER, SUMMARY, DOCUMENT, NATIONAL_ISSUE),
				PEOPLE.stream())
		.toList();

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcClient jdbc;

	UUID hiddenDecision;

	@BeforeEach
	void seedMembersOnlyMarkers() {
		UUID meeting = id("select x.id from meeting x join mechanism m on m.id = x.mechanism_id"
				+ " where m.code = 'CCM-TJ' and x.number = 1 and x.meeting_type = 'ORDINARY'");
		UUID mechanism = id("select id from mechanism where code = 'CCM-TJ'");
		UUID owner = id("select owner_organisation_id from action_item where decision_number = 'CCM-TJ/1/D2'");
		this.hiddenDecision = UUID.randomUUID();
		this.jdbc
			.sql("insert into decision (id, meeting_id, number, text, created_at, version)"
					+ " values (?, ?, 98, ?, ?, 0)")
			.params(this.hiddenDecision, meeting, "{\"en\":\"" + DECISION + "\"}",
					Timestamp.from(Instant.parse("2022-11-29T10:00:00Z")))
			.update();
		this.jdbc
			.sql("insert into action_item (id, mechanism_id, title, owner_organisation_id, due_date, status,"
					+ " meeting_id, decision_id, decision_number, created_at, updated_at, version)"
					+ " values (?, ?, ?, ?, ?, 'OPEN', ?, ?, 'CCM-TJ/1/D98', ?, ?, 0)")
			.params(UUID.randomUUID(), mechanism, "{\"en\":\"" + ACTION + "\"}", owner, LocalDate.of(2023, 1, 1),
					meeting, this.hiddenDecision, Timestamp.from(Instant.parse("2022-11-29T10:00:00Z")),
					Timestamp.from(Instant.parse("2022-11-29T10:00:00Z")))
			.update();
		UUID d2 = id("select decision_id from action_item where decision_number = 'CCM-TJ/1/D2'");
		UUID issue = id("select id from issue where title like '%pre-departure orientation%'");
		this.jdbc
			.sql("insert into recommendation (id, mechanism_id, issue_id, text, decision_id, status, created_by,"
					+ " created_at, version) values (?, ?, ?, ?, ?, 'AGREED', 'test', ?, 0)")
			.params(UUID.randomUUID(), mechanism, issue, "{\"en\":\"" + RECOMMENDATION + "\"}", d2,
					Timestamp.from(Instant.parse("2024-01-01T00:00:00Z")))
			.update();
		this.jdbc
			.sql("update incoming_item set answer = ? where mechanism_id = (select id from mechanism"
					+ " where code = 'CCM-KG')")
			.param(ANSWER)
			.update();
		UUID hiddenMeeting = id("select x.id from meeting x join mechanism m on m.id = x.mechanism_id"
				+ " where m.code = 'RCM' and x.number = 1");
		this.jdbc.sql("update meeting set status = 'MINUTES_ADOPTED' where id = ?").param(hiddenMeeting).update();
		this.jdbc
			.sql("insert into minutes (id, meeting_id, language, summaries, updated_at, updated_by, version)"
					+ " values (?, ?, 'tg', ?, ?, 'test', 0)")
			.params(UUID.randomUUID(), hiddenMeeting, "{\"opening\":\"" + SUMMARY + "\"}",
					Timestamp.from(Instant.now()))
			.update();
		this.jdbc.sql("insert into library_document (id, mechanism_id, category, title, visibility, created_at,"
				+ " created_by, updated_at, updated_by, version) values (?, ?, 'REPORTS', ?, 'MEMBERS', ?, 'test', ?,"
				+ " 'test', 0)")
			.params(UUID.randomUUID(), mechanism, DOCUMENT, Timestamp.from(Instant.now()),
					Timestamp.from(Instant.now()))
			.update();
	}

	@Test
	void everySitemapPageOpensAnonymouslyWithoutMembersOnlyText() throws Exception {
		List<String> pages = locations(sitemap());
		assertThat(pages).contains("/", "/public/CCM-TJ", "/public/RCM", "/public/accountability")
			.anyMatch((p) -> p.startsWith("/public/decisions/"))
			.anyMatch((p) -> p.startsWith("/public/recommendations/"))
			.anyMatch((p) -> p.startsWith("/public/meetings/"));
		for (String page : pages) {
			for (String lang : List.of("en", "tg")) {
				MvcTestResult result = this.mvc.get().uri(page + "?lang=" + lang).exchange();
				assertThat(result).as(page).hasStatusOk();
				String body = result.getResponse().getContentAsString();
				for (String marker : MARKERS) {
					assertThat(body).as("%s on %s", marker, page).doesNotContain(marker);
				}
			}
		}
		assertThat(this.mvc.get().uri("/public/decisions/" + this.hiddenDecision)).hasStatus(404);
	}

	@Test
	void theMarkersAreThereForMembers() {
		assertThat(this.mvc.get().uri("/mechanisms/CCM-TJ/documents").with(as("secretariat.tj"))).hasStatusOk()
			.bodyText()
			.contains(DOCUMENT);
	}

	@Test
	void publicPagesCarryTitleDescriptionAndOpenGraph() throws Exception {
		String d2 = "/public/decisions/"
				+ id("select decision_id from action_item where decision_number = 'CCM-TJ/1/D2'");
		assertThat(this.mvc.get().uri(d2 + "?lang=en")).hasStatusOk()
			.bodyText()
			.contains("CCM-TJ/1/D2", "Map partners");
		String html = this.mvc.get().uri(d2 + "?lang=en").exchange().getResponse().getContentAsString();
		assertThat(html).contains("<title>CCM-TJ/1/D2 · Hamkori</title>", "name=\"description\"",
				"property=\"og:title\" content=\"CCM-TJ/1/D2\"", "property=\"og:url\" content=\"http://localhost" + d2);
	}

	private String sitemap() throws Exception {
		MvcTestResult result = this.mvc.get().uri("/sitemap.xml").exchange();
		assertThat(result).hasStatusOk();
		return result.getResponse().getContentAsString();
	}

	/**
	 * The sitemap read by the JDK's DOM parser: every loc absolute, returned as paths.
	 */
	static List<String> locations(String xml) throws Exception {
		Document doc = parse(xml);
		Element root = doc.getDocumentElement();
		assertThat(root.getLocalName()).isEqualTo("urlset");
		assertThat(root.getNamespaceURI()).isEqualTo("http://www.sitemaps.org/schemas/sitemap/0.9");
		NodeList locs = doc.getElementsByTagNameNS("http://www.sitemaps.org/schemas/sitemap/0.9", "loc");
		List<String> paths = new ArrayList<>();
		for (int i = 0; i < locs.getLength(); i++) {
			URI uri = URI.create(locs.item(i).getTextContent());
			assertThat(uri.isAbsolute()).as(uri.toString()).isTrue();
			assertThat(uri.getScheme()).isIn("http", "https");
			paths.add(uri.getRawPath());
		}
		return paths;
	}

	static Document parse(String xml) throws Exception {
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setNamespaceAware(true);
		factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
		factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
		return factory.newDocumentBuilder()
			.parse(new ByteArrayInputStream(xml.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
	}

	private UUID id(String sql) {
		return this.jdbc.sql(sql).query(UUID.class).list().get(0);
	}

}
