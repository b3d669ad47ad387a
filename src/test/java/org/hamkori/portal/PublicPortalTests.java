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

	/** A members-only evidence file of a public decision's action. */
	static final String EVIDENCE = "MARKER-EVIDENCE-8a31.pdf";

	/** The public evidence file beside it, which the portal shows. */
	static final String PUBLIC_EVIDENCE = "public-evidence-3c5e.pdf";

	/** A policy change answering the members-only recommendation. */
	static final String POLICY = "MARKER-POLICY-6b24";

	/** The Tajik issue escalated to the region stays members-only in the demo data. */
	static final String NATIONAL_ISSUE = "High recruitment fees charged by private employment agencies";

	/**
	 * A Tajik member who did not consent to the public listing, and the contacts of one
	 * who did (only names and seats are listed).
	 */
	static final List<String> PEOPLE = List.of("Rustam Nazarov", "r.nazarov@mol.example.tj",
			"f.karimova@mol.example.tj", "+992 44 000");

	static final List<String> MARKERS = java.util.stream.Stream
		.concat(java.util.stream.Stream.of(DECISION, ACTION, RECOMMENDATION, ANSWER, SUMMARY, DOCUMENT, EVIDENCE,
				POLICY, NATIONAL_ISSUE), PEOPLE.stream())
		.toList();

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcClient jdbc;

	UUID hiddenDecision;

	UUID publicEvidence;

	UUID hiddenEvidence;

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
		UUID hiddenRecommendation = UUID.randomUUID();
		this.jdbc
			.sql("insert into recommendation (id, mechanism_id, issue_id, text, decision_id, status, created_by,"
					+ " created_at, version) values (?, ?, ?, ?, ?, 'AGREED', 'test', ?, 0)")
			.params(hiddenRecommendation, mechanism, issue, "{\"en\":\"" + RECOMMENDATION + "\"}", d2,
					Timestamp.from(Instant.parse("2024-01-01T00:00:00Z")))
			.update();
		// the action of D2 reports progress with two files: one public, one members-only
		UUID d2Action = id("select id from action_item where decision_number = 'CCM-TJ/1/D2'");
		UUID update = UUID.randomUUID();
		this.jdbc
			.sql("insert into action_update (id, action_id, status, previous_status, note, author, created_at)"
					+ " values (?, ?, 'IN_PROGRESS', 'OPEN', 'Mapping started', 'secretariat.tj', ?)")
			.params(update, d2Action, Timestamp.from(Instant.parse("2023-01-15T08:00:00Z")))
			.update();
		this.publicEvidence = evidence(mechanism, update, "PUBLIC", PUBLIC_EVIDENCE);
		this.hiddenEvidence = evidence(mechanism, update, "MEMBERS", EVIDENCE);
		// policy changes: one answers the public orientation recommendation, one the
		// members-only recommendation; both adopted on the latest day of all
		UUID orientation = id("select id from recommendation where text like '%pre-departure orientation session%'");
		policyChange(mechanism, orientation, PUBLIC_POLICY);
		policyChange(mechanism, hiddenRecommendation, POLICY);
		// two meetings announced ahead: one public, one members-only
		upcomingMeeting(mechanism, 9601, "PUBLIC");
		upcomingMeeting(mechanism, 9602, "MEMBERS");
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

	/** A policy change answering the public orientation recommendation. */
	static final String PUBLIC_POLICY = "Public policy change 5e19";

	static final LocalDate LATEST = LocalDate.of(2099, 1, 1);

	private UUID evidence(UUID mechanism, UUID update, String visibility, String fileName) {
		UUID document = UUID.randomUUID();
		this.jdbc
			.sql("insert into document (id, mechanism_id, owner_kind, owner_id, visibility, file_name, media_type,"
					+ " size_bytes, sha256, storage_key, uploaded_at, uploaded_by) values (?, ?, ?, ?, ?, ?,"
					+ " 'application/pdf', 10, ?, ?, ?, 'secretariat.tj')")
			.params(document, mechanism, org.hamkori.actions.ActionItems.EVIDENCE, update, visibility, fileName,
					"0".repeat(64), UUID.randomUUID().toString(), Timestamp.from(Instant.parse("2023-01-15T08:00:00Z")))
			.update();
		return document;
	}

	private void policyChange(UUID mechanism, UUID recommendation, String title) {
		UUID change = UUID.randomUUID();
		this.jdbc
			.sql("insert into policy_change (id, mechanism_id, kind, title, reference_number, adopted_on,"
					+ " issuing_body, created_by, created_at) values (?, ?, 'PROCEDURE', ?, 'No. 1-test', ?,"
					+ " 'Ministry', 'test', ?)")
			.params(change, mechanism, "{\"en\":\"" + title + "\"}", LATEST, Timestamp.from(Instant.now()))
			.update();
		this.jdbc.sql("insert into policy_change_answer (policy_change_id, recommendation_id) values (?, ?)")
			.params(change, recommendation)
			.update();
	}

	private void upcomingMeeting(UUID mechanism, int number, String visibility) {
		java.time.LocalDateTime start = LocalDate.now(org.hamkori.TestClock.clock()).plusDays(40).atTime(10, 0);
		this.jdbc
			.sql("insert into meeting (id, mechanism_id, meeting_type, number, title, starts_local, ends_local,"
					+ " time_zone, venue, languages, status, calendar_uid, calendar_sequence, next_decision_number,"
					+ " created_at, version, visibility) values (?, ?, 'ORDINARY', ?, '{}', ?, ?, 'Asia/Dushanbe',"
					+ " ?, 'ru,en', 'ANNOUNCED', ?, 0, 1, ?, 0, ?)")
			.params(UUID.randomUUID(), mechanism, number, Timestamp.valueOf(start),
					Timestamp.valueOf(start.plusHours(3)), "Venue " + number, UUID.randomUUID() + "@hamkori",
					Timestamp.from(Instant.now()), visibility)
			.update();
	}

	@Test
	void publicEvidenceShowsOnTheDecisionPageAndMembersOnlyEvidenceNever() throws Exception {
		String d2 = "/public/decisions/"
				+ id("select decision_id from action_item where decision_number = 'CCM-TJ/1/D2'");
		for (String lang : List.of("en", "ru", "kk", "ky", "tg", "uz")) {
			String html = this.mvc.get().uri(d2 + "?lang=" + lang).exchange().getResponse().getContentAsString();
			assertThat(html).as(lang)
				.contains(PUBLIC_EVIDENCE, "/documents/" + this.publicEvidence)
				.doesNotContain(EVIDENCE, this.hiddenEvidence.toString());
		}
		assertThat(this.mvc.get()
			.uri("/actions/" + id("select id from action_item where decision_number = 'CCM-TJ/1/D2'"))
			.with(as("chair.tj"))).as("members see both").hasStatusOk().bodyText().contains(PUBLIC_EVIDENCE, EVIDENCE);
	}

	@Test
	void theRegionalLoopShowsTheTajikAndUzbekAnswersOnly() throws Exception {
		UUID employerPays = id("select r.id from recommendation r join mechanism m on m.id = r.mechanism_id"
				+ " where m.code = 'RCM' and r.text like '%employer-pays principle%'");
		String html = this.mvc.get()
			.uri("/public/recommendations/" + employerPays + "?lang=en")
			.exchange()
			.getResponse()
			.getContentAsString();
		assertThat(html).contains("Align national rules on private employment agencies", "Recommendation of RCM",
				"Answer of CCM-TJ", "Draft amendments capping private agency fees", "Answer of CCM-UZ",
				"Register private employment agencies and publish their fees");
		assertThat(html).as("the Kyrgyz answer is members-only")
			.doesNotContain("Answer of CCM-KG", "Review licensing rules", ANSWER)
			.doesNotContain("Answer of CCM-KZ");
		assertThat(html.indexOf("Recommendation of RCM")).as("the loop in the order it happened")
			.isLessThan(html.indexOf("Answer of CCM-TJ"));
	}

	@Test
	void theHomePageListsTheNextPublicMeetingsAndTheLatestPolicyChanges() throws Exception {
		String html = this.mvc.get().uri("/?lang=en").exchange().getResponse().getContentAsString();
		String upcoming = html.substring(html.indexOf("Next public meetings"), html.indexOf("Latest public decisions"));
		assertThat(upcoming).contains("CCM-TJ/9601", "Venue 9601").doesNotContain("CCM-TJ/9602", "Venue 9602");
		String policies = html.substring(html.indexOf("Latest policy changes"));
		assertThat(policies).contains(PUBLIC_POLICY, "2099-01-01").doesNotContain(POLICY);
	}

	@Test
	void theDemoHomeShowsTheNextTajikMeeting() throws Exception {
		UUID next = id("select x.id from meeting x join mechanism m on m.id = x.mechanism_id"
				+ " where m.code = 'CCM-TJ' and x.number = 2 and x.meeting_type = 'ORDINARY'");
		assertThat(this.mvc.get().uri("/?lang=tg")).hasStatusOk()
			.bodyText()
			.contains("href=\"/public/meetings/" + next + "\"", "CCM-TJ/2");
		assertThat(this.mvc.get().uri("/public/meetings/" + next + "?lang=en")).hasStatusOk()
			.bodyText()
			.contains("Dushanbe, Ministry of Labour, Migration and Employment");
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
