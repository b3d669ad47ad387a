package org.hamkori.analytics;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.UUID;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.hamkori.HamkoriWebTest;
import org.hamkori.TestClock;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamkori.TestRequests.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * The migration trends brief as PDF, read back with PDFBox: the figures and Tajik labels
 * are there, "data as of" and the synthetic-data marker too; attaching it to a planned
 * meeting puts it among the meeting's documents for members, built from what every member
 * may see.
 */
@HamkoriWebTest
class TrendsBriefTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcClient jdbc;

	static String text(byte[] pdf) throws Exception {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			return new PDFTextStripper().getText(document);
		}
	}

	@Test
	void theBriefCarriesTheFiguresInTajik() throws Exception {
		int year = PublishedFigures.randomYear();
		PublishedFigures.of(this.jdbc, PublishedFigures.CCM_TJ, "MLME", "MEMBERS")
			.value("DEPARTURES", year, "_T", "RUS", "617", java.time.Instant.parse("2026-02-01T10:20:00Z"))
			.total("DEPARTURES", year, "733");
		PublishedFigures.of(this.jdbc, PublishedFigures.CCM_TJ, "NBT", "MEMBERS").total("REMITTANCES", year, "842");
		MvcTestResult result = this.mvc.get()
			.uri("/mechanisms/CCM-TJ/trends-brief.pdf?from={y}&to={y}&lang=tg", year, year)
			.with(as("secretariat.tj"))
			.exchange();
		assertThat(result).hasStatusOk().hasContentType("application/pdf");
		String text = text(result.getResponse().getContentAsByteArray());
		assertThat(text).contains("Шарҳи тамоюлҳои муҳоҷират", "Тоҷикистон", "617", "733", "842",
				"2026-02-01 10:20 UTC", "Федератсияи Россия");
		assertThat(text).contains("синтетикии");
		// Kazakhstan's secretariat gets a brief without them
		String other = brief("secretariat.kz", year, "en");
		assertThat(other).doesNotContain("617").doesNotContain("842");
	}

	@Test
	void theBriefNamesUnitsInTheReadersLanguage() throws Exception {
		int year = PublishedFigures.randomYear();
		PublishedFigures.of(this.jdbc, PublishedFigures.CCM_TJ, "MLME", "MEMBERS").total("DEPARTURES", year, "4321");
		PublishedFigures.of(this.jdbc, PublishedFigures.CCM_TJ, "NBT", "MEMBERS").total("REMITTANCES", year, "8765");
		String text = brief("secretariat.tj", year, "ru");
		assertThat(text).contains("(человек)", "(долл. США)").doesNotContain("(persons)", "(USD)");
	}

	@Test
	void theSecretariatAttachesTheBriefToAPlannedMeeting() throws Exception {
		int year = PublishedFigures.randomYear();
		PublishedFigures.of(this.jdbc, PublishedFigures.CCM_TJ, "NBT", "MEMBERS").total("REMITTANCES", year, "951");
		PublishedFigures.of(this.jdbc, PublishedFigures.CCM_TJ, "NBT", "RESTRICTED").total("RETURNS", year, "377");
		UUID meeting = plannedMeeting("Brief " + UUID.randomUUID());

		assertThat(this.mvc.get()
			.uri("/mechanisms/CCM-TJ/trends-brief?from={y}&to={y}", year, year)
			.with(as("secretariat.tj"))).hasStatusOk().bodyText().contains(meeting.toString());
		assertThat(attach("focal.mol.tj", meeting, year)).hasStatus(403);
		assertThat(attach("secretariat.kz", meeting, year)).hasStatus(404);
		assertThat(attach("secretariat.tj", meeting, year))
			.hasRedirectedUrl("/meetings/" + meeting + "?uploaded#documents");

		assertThat(this.mvc.get().uri("/meetings/{id}", meeting).with(as("focal.mol.tj"))).hasStatusOk()
			.bodyText()
			.contains("trends-brief-CCM-TJ-" + year);
		UUID document = this.jdbc.sql("select id from document where owner_kind = 'meeting' and owner_id = ?")
			.param(meeting)
			.query(UUID.class)
			.single();
		MvcTestResult download = this.mvc.get().uri("/documents/{id}", document).with(as("focal.mol.tj")).exchange();
		assertThat(download).hasStatusOk();
		String text = text(download.getResponse().getContentAsByteArray());
		// what every member may see, not the secretariat's restricted figures
		assertThat(text).contains("951").doesNotContain("377");
	}

	private String brief(String user, int year, String language) throws Exception {
		return text(this.mvc.get()
			.uri("/mechanisms/CCM-TJ/trends-brief.pdf?from={y}&to={y}&lang={l}", year, year, language)
			.with(as(user))
			.exchange()
			.getResponse()
			.getContentAsByteArray());
	}

	private MvcTestResult attach(String user, UUID meeting, int year) {
		return this.mvc.post()
			.uri("/mechanisms/CCM-TJ/trends-brief/attach")
			.with(as(user))
			.with(csrf())
			.param("meeting", meeting.toString())
			.param("from", String.valueOf(year))
			.param("to", String.valueOf(year))
			.exchange();
	}

	private UUID plannedMeeting(String title) {
		LocalDateTime start = LocalDateTime.now(TestClock.clock())
			.plusDays(14)
			.withHour(10)
			.withMinute(0)
			.withSecond(0)
			.withNano(0);
		DateTimeFormatter form = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");
		MvcTestResult result = this.mvc.post()
			.uri("/mechanisms/CCM-TJ/meetings")
			.with(as("secretariat.tj"))
			.with(csrf())
			.param("type", "ORDINARY")
			.param("title", title)
			.param("startsAt", form.format(start))
			.param("endsAt", form.format(start.plusHours(3)))
			.param("timeZone", "Asia/Dushanbe")
			.param("venue", "Dushanbe")
			.param("languages", "ru", "en")
			.exchange();
		assertThat(result).hasStatus(302);
		String location = result.getResponse().getRedirectedUrl();
		UUID id = UUID.fromString(location.substring("/meetings/".length(), location.indexOf('?')));
		// announced, so that every member sees it (drafts are seen by those who plan
		// them)
		int version = this.jdbc.sql("select version from meeting where id = ?").param(id).query(Integer.class).single();
		assertThat(this.mvc.post()
			.uri("/meetings/{id}/announce", id)
			.with(as("secretariat.tj"))
			.with(csrf())
			.param("version", String.valueOf(version))).hasStatus(302);
		return id;
	}

}
