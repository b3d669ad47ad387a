package org.hamkori.portal;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.hamkori.HamkoriWebTest;
import org.hamkori.actions.ActionItems;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamkori.TestRequests.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * The accountability figures follow the actions (computed here from the rows, on the
 * application's day); the secretariat's choice is audited and takes effect at once; the
 * Atom feeds read back with the JDK's DOM parser.
 */
@HamkoriWebTest
@Transactional
class PortalAccountabilityTests {

	static final String ATOM = "http://www.w3.org/2005/Atom";

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ActionItems actions;

	record Row(UUID decision, int year, String status, LocalDate due) {
	}

	@Test
	void accountabilityFiguresMatchTheActions() {
		LocalDate today = this.actions.today();
		List<Row> rows = this.jdbc.sql("""
				select d.id, x.starts_local, a.status, a.due_date from decision d
				join meeting x on x.id = d.meeting_id join mechanism m on m.id = x.mechanism_id
				left join action_item a on a.decision_id = d.id
				where m.code = 'CCM-TJ' and d.visibility = 'PUBLIC'
				""")
			.query((rs, i) -> new Row(rs.getObject(1, UUID.class), rs.getTimestamp(2).toLocalDateTime().getYear(),
					rs.getString(3), (rs.getDate(4) != null) ? rs.getDate(4).toLocalDate() : null))
			.list();
		assertThat(rows).isNotEmpty();
		List<UUID> decisions = rows.stream().map(Row::decision).distinct().toList();
		assertThat(decisions).hasSize(3);
		int implemented = 0;
		for (UUID d : decisions) {
			List<Row> own = rows.stream().filter((r) -> r.decision().equals(d) && r.status() != null).toList();
			long done = own.stream().filter((r) -> r.status().equals("DONE")).count();
			long dropped = own.stream().filter((r) -> r.status().equals("DROPPED")).count();
			long overdue = own.stream()
				.filter((r) -> (r.status().equals("OPEN") || r.status().equals("IN_PROGRESS"))
						&& r.due().isBefore(today))
				.count();
			long inProgress = own.stream()
				.filter((r) -> r.status().equals("IN_PROGRESS") && !r.due().isBefore(today))
				.count();
			long counted = own.size() - dropped;
			if (counted > 0 && done == counted) {
				implemented++;
			}
			long percent = (counted == 0) ? 0 : Math.round(100.0 * done / counted);
			assertThat(this.mvc.get().uri("/public/decisions/" + d + "?lang=en")).hasStatusOk()
				.bodyText()
				.contains(percent + " % done")
				.contains(done + " done, " + inProgress + " in progress, " + overdue + " overdue");
		}
		int year = rows.get(0).year();
		assertThat(this.mvc.get().uri("/public/CCM-TJ?lang=en")).hasStatusOk()
			.bodyText()
			.contains(year + ": " + implemented + " of " + decisions.size() + " public decisions implemented");
		assertThat(this.mvc.get().uri("/public/accountability?lang=en")).hasStatusOk()
			.bodyText()
			.contains(year + ": " + implemented + " of " + decisions.size() + " public decisions implemented");
	}

	@Test
	void theSecretariatsChoiceIsAuditedAndTakesEffect() {
		UUID d2 = d2();
		assertThat(this.mvc.get().uri("/public/decisions/" + d2)).hasStatusOk();
		assertThat(this.mvc.get().uri("/decisions/" + d2).with(as("secretariat.tj"))).hasStatusOk()
			.bodyText()
			.contains("On the public portal");
		assertThat(this.mvc.post()
			.uri("/decisions/" + d2 + "/visibility")
			.param("visibility", "MEMBERS")
			.with(as("secretariat.kz"))
			.with(csrf())).hasStatus(404);
		assertThat(this.mvc.get().uri("/public/decisions/" + d2)).hasStatusOk();
		assertThat(this.mvc.post()
			.uri("/decisions/" + d2 + "/visibility")
			.param("visibility", "MEMBERS")
			.with(as("secretariat.tj"))
			.with(csrf())).hasStatus3xxRedirection();
		assertThat(this.mvc.get().uri("/public/decisions/" + d2)).hasStatus(404);
		assertThat(this.jdbc
			.sql("select count(*) from audit_entry where record_type = 'decision' and record_id = ?"
					+ " and action = 'visibility' and actor = 'secretariat.tj'")
			.param(d2)
			.query(Long.class)
			.single()).isEqualTo(1);
	}

	@Test
	void atomFeedsReadBackWithADomParser() throws Exception {
		Document decisions = feed("/public/CCM-TJ/decisions.atom");
		NodeList entries = decisions.getElementsByTagNameNS(ATOM, "entry");
		assertThat(entries.getLength()).isEqualTo(3);
		for (int i = 0; i < entries.getLength(); i++) {
			Element entry = (Element) entries.item(i);
			assertThat(text(entry, "id")).startsWith("http://localhost/public/decisions/");
			assertThat(text(entry, "title")).startsWith("CCM-TJ/1/D");
			assertThat(OffsetDateTime.parse(text(entry, "updated"))).isNotNull();
			Element link = (Element) entry.getElementsByTagNameNS(ATOM, "link").item(0);
			assertThat(link.getAttribute("href")).startsWith("http://localhost/public/decisions/");
		}
		Document meetings = feed("/public/CCM-TJ/meetings.atom");
		assertThat(text(meetings.getDocumentElement(), "title")).contains("Tajikistan");
		// the 1st meeting, held, and the 2nd, announced publicly
		NodeList meetingEntries = meetings.getElementsByTagNameNS(ATOM, "entry");
		List<String> titles = new java.util.ArrayList<>();
		for (int i = 0; i < meetingEntries.getLength(); i++) {
			titles.add(text((Element) meetingEntries.item(i), "title"));
		}
		assertThat(titles).hasSize(2);
		assertThat(titles.get(0)).startsWith("CCM-TJ/1 · 2022-11-29");
		assertThat(titles.get(1)).startsWith("CCM-TJ/2 · ");
		assertThat(this.mvc.get().uri("/public/NOPE/decisions.atom")).hasStatus(404);
	}

	private Document feed(String path) throws Exception {
		var result = this.mvc.get().uri(path).exchange();
		assertThat(result).hasStatusOk();
		assertThat(result.getResponse().getContentType()).startsWith("application/atom+xml");
		Document doc = PublicPortalTests.parse(result.getResponse().getContentAsString());
		assertThat(doc.getDocumentElement().getLocalName()).isEqualTo("feed");
		assertThat(doc.getDocumentElement().getNamespaceURI()).isEqualTo(ATOM);
		assertThat(text(doc.getDocumentElement(), "id")).isNotBlank();
		assertThat(OffsetDateTime.parse(text(doc.getDocumentElement(), "updated"))).isNotNull();
		return doc;
	}

	private static String text(Element parent, String name) {
		return parent.getElementsByTagNameNS(ATOM, name).item(0).getTextContent();
	}

	private UUID d2() {
		return this.jdbc.sql("select decision_id from action_item where decision_number = 'CCM-TJ/1/D2'")
			.query(UUID.class)
			.list()
			.get(0);
	}

}
