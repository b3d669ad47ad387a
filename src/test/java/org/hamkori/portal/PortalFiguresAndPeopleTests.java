package org.hamkori.portal;

import java.math.BigDecimal;
import java.sql.Date;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.hamkori.HamkoriWebTest;
import org.hamkori.shared.text.Figures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamkori.TestRequests.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * The portal's figures come from public data only: a restricted and a members-only figure
 * are seeded next to the Tajik public labour-market series, in a later period than any
 * public one, and no page of the sitemap shows them in any form a language writes them.
 * The terms of reference link opens anonymously; people are named only with their
 * consent, given on the profile or recorded by the secretariat, and audited; the SDG
 * 10.7.2 score shows only for a public round.
 */
@HamkoriWebTest
@Transactional
class PortalFiguresAndPeopleTests {

	/**
	 * 987,654,321.123 (restricted) and 876,543,210.987 (members-only), however written.
	 */
	static final List<Pattern> HIDDEN_FIGURES = List.of(Pattern.compile("987\\D{0,6}654\\D{0,6}321"),
			Pattern.compile("876\\D{0,6}543\\D{0,6}210"));

	/** A Tajik member who did not consent to be named. */
	static final String NOT_CONSENTING = "Rustam Nazarov";

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	org.hamkori.sdg.Sdg1072Rounds rounds;

	@BeforeEach
	void seedHiddenFigures() {
		hiddenFigure("2098-Q1", LocalDate.of(2098, 1, 1), "987654321.123", "RESTRICTED");
		hiddenFigure("2099-Q1", LocalDate.of(2099, 1, 1), "876543210.987", "MEMBERS");
	}

	@Test
	void homeAndMechanismShowTheLatestPublicFigureInTheReadersLanguage() {
		record Latest(BigDecimal value, String period, Instant approved) {
		}
		Latest latest = this.jdbc.sql("""
				select pv.obs_value, pv.period, pv.approved_at from published_value pv
				join mechanism m on m.id = pv.mechanism_id
				where m.code = 'CCM-TJ' and pv.indicator = 'LABOUR_FORCE' and pv.visibility = 'PUBLIC'
				and pv.sex = '_T' and pv.age = '_T' order by pv.period_start desc""")
			.query((rs, n) -> new Latest(rs.getBigDecimal(1), rs.getString(2), rs.getTimestamp(3).toInstant()))
			.list()
			.get(0);
		for (String lang : List.of("en", "ru", "tg")) {
			Locale locale = Locale.forLanguageTag(lang);
			String page = body("/public/CCM-TJ?lang=" + lang);
			assertThat(page).contains(Figures.number(latest.value(), locale), latest.period(),
					Figures.date(latest.approved(), locale));
			assertThat(body("/?lang=" + lang)).contains(Figures.number(latest.value(), locale));
		}
		assertThat(body("/public/CCM-TJ?lang=en")).contains("Data as of", "Labour force");
		assertThat(body("/public/CCM-TJ?lang=ru")).contains("Данные на");
	}

	@Test
	void aMechanismWithoutPublicFiguresSaysSo() {
		assertThat(body("/public/RCM?lang=en")).contains("No public figures are published yet.");
	}

	@Test
	void restrictedAndMembersOnlyFiguresAppearOnNoPublicPage() throws Exception {
		String sitemap = this.mvc.get().uri("/sitemap.xml").exchange().getResponse().getContentAsString();
		for (String page : PublicPortalTests.locations(sitemap)) {
			for (String lang : List.of("en", "ru")) {
				String body = body(page + "?lang=" + lang);
				for (Pattern hidden : HIDDEN_FIGURES) {
					assertThat(hidden.matcher(body).find()).as("%s on %s", hidden, page).isFalse();
				}
				assertThat(body).as(page).doesNotContain("2098-Q1", "2099-Q1");
			}
		}
	}

	@Test
	void theTermsOfReferenceAreLinkedAndOpenAnonymously() throws Exception {
		String page = body("/public/CCM-TJ?lang=en");
		java.util.regex.Matcher link = Pattern
			.compile("class=\"portal-tor\".*?href=\"(/documents/[0-9a-f-]{36})\"", Pattern.DOTALL)
			.matcher(page);
		assertThat(link.find()).as("a terms-of-reference link").isTrue();
		assertThat(page).contains("Terms of reference of the Coordination Mechanism on Labour Migration (Tajikistan)");
		MvcTestResult file = this.mvc.get().uri(link.group(1)).exchange();
		assertThat(file).hasStatusOk();
		assertThat(file.getResponse().getHeader("Content-Disposition")).startsWith("attachment");
		try (org.apache.pdfbox.pdmodel.PDDocument pdf = org.apache.pdfbox.Loader
			.loadPDF(file.getResponse().getContentAsByteArray())) {
			assertThat(new org.apache.pdfbox.text.PDFTextStripper().getText(pdf)).contains("Terms of reference");
		}
		assertThat(body("/public/CCM-KZ?lang=en")).contains("The terms of reference are not published yet.");
		assertThat(body("/public/CCM-TJ?lang=ru")).contains("Положение (круг ведения)");
	}

	@Test
	void membersOnlyTermsOfReferenceStayOff() {
		this.jdbc.sql("update library_document set visibility = 'MEMBERS' where category = 'TERMS_OF_REFERENCE'")
			.update();
		assertThat(body("/public/CCM-TJ?lang=en")).contains("The terms of reference are not published yet.")
			.doesNotContain("Terms of reference of the Coordination Mechanism");
	}

	@Test
	void consentingPeopleAreNamedWithTheirSeatAndNoContacts() throws Exception {
		String page = body("/public/CCM-TJ?lang=en");
		assertThat(page).contains("Firuza Karimova", "Bahrom Sharipov")
			.doesNotContain("f.karimova@mol.example.tj", "b.sharipov@nbt.example.tj", "+992 44 000", "mailto:");
		String sitemap = this.mvc.get().uri("/sitemap.xml").exchange().getResponse().getContentAsString();
		for (String path : PublicPortalTests.locations(sitemap)) {
			assertThat(body(path + "?lang=en")).as(path).doesNotContain(NOT_CONSENTING, "r.nazarov@mol.example.tj");
		}
	}

	@Test
	void aPersonGivesAndWithdrawsConsentOnTheirProfile() {
		assertThat(body("/public/CCM-TJ?lang=en")).doesNotContain(NOT_CONSENTING);
		assertThat(this.mvc.get().uri("/profile?lang=en").with(as("focal.mol.tj"))).hasStatusOk()
			.bodyText()
			.contains("Name me and my seats on the public portal");
		assertThat(this.mvc.post()
			.uri("/profile/listing")
			.param("publicListing", "true")
			.with(as("focal.mol.tj"))
			.with(csrf())).hasStatus3xxRedirection();
		assertThat(body("/public/CCM-TJ?lang=en")).contains(NOT_CONSENTING).doesNotContain("r.nazarov@mol.example.tj");
		assertThat(this.mvc.post().uri("/profile/listing").with(as("focal.mol.tj")).with(csrf()))
			.hasStatus3xxRedirection();
		assertThat(body("/public/CCM-TJ?lang=en")).doesNotContain(NOT_CONSENTING);
		assertThat(this.jdbc
			.sql("select count(*) from audit_entry where record_type = 'person' and actor = 'focal.mol.tj'"
					+ " and action = 'updated' and record_id = (select id from person where email = 'r.nazarov@mol.example.tj')")
			.query(Long.class)
			.single()).isEqualTo(2);
		assertThat(this.mvc.post().uri("/profile/listing").param("publicListing", "true").with(csrf()))
			.hasStatus3xxRedirection();
		assertThat(body("/public/CCM-TJ?lang=en")).doesNotContain(NOT_CONSENTING);
	}

	@Test
	void theSecretariatRecordsConsentOnThePersonForm() {
		record Row(java.util.UUID id, int version) {
		}
		Row person = this.jdbc.sql("select id, version from person where email = 'r.nazarov@mol.example.tj'")
			.query((rs, n) -> new Row(rs.getObject(1, java.util.UUID.class), rs.getInt(2)))
			.single();
		assertThat(this.mvc.get().uri("/people/" + person.id() + "/edit?lang=en").with(as("secretariat.tj")))
			.hasStatusOk()
			.bodyText()
			.contains("Named on the public portal");
		assertThat(this.mvc.post()
			.uri("/people/" + person.id())
			.param("fullName", NOT_CONSENTING)
			.param("position", "Head, Department of Labour Migration")
			.param("email", "r.nazarov@mol.example.tj")
			.param("phone", "")
			.param("preferredLanguage", "ru")
			.param("sex", "M")
			.param("publicListing", "true")
			.param("version", Integer.toString(person.version()))
			.with(as("secretariat.tj"))
			.with(csrf())).hasStatus3xxRedirection();
		assertThat(body("/public/CCM-TJ?lang=en")).contains(NOT_CONSENTING);
		assertThat(this.jdbc
			.sql("select changes from audit_entry where record_type = 'person' and record_id = ?"
					+ " and actor = 'secretariat.tj'")
			.param(person.id())
			.query(String.class)
			.single()).contains("publicListing");
	}

	@Test
	void aPublicSubmittedSdgScoreShowsAndARestrictedOneNever() {
		record Round(java.util.UUID mechanism, int year) {
		}
		Round round = this.jdbc
			.sql("select r.mechanism_id, r.round_year from sdg_round r join mechanism m"
					+ " on m.id = r.mechanism_id where m.code = 'CCM-TJ' and r.status = 'SUBMITTED'"
					+ " order by r.round_year desc")
			.query((rs, n) -> new Round(rs.getObject(1, java.util.UUID.class), rs.getInt(2)))
			.list()
			.get(0);
		String score = org.hamkori.sdg.RoundScore
			.percent(this.rounds.find(round.mechanism(), round.year()).orElseThrow().score().overall());
		String shown = "Overall score " + score + " % in the " + round.year() + " self-assessment";
		assertThat(body("/public/CCM-TJ?lang=en")).contains("No public SDG 10.7.2 self-assessment yet.")
			.doesNotContain("Overall score");
		tajikRoundVisibility("PUBLIC");
		assertThat(body("/public/CCM-TJ?lang=en")).contains(shown);
		assertThat(body("/public/CCM-TJ?lang=ru")).contains("Общий балл " + score.replace('.', ','));
		tajikRoundVisibility("RESTRICTED");
		assertThat(body("/public/CCM-TJ?lang=en")).contains("No public SDG 10.7.2 self-assessment yet.")
			.doesNotContain("Overall score");
		tajikRoundVisibility("MEMBERS");
		assertThat(body("/public/CCM-TJ?lang=en")).doesNotContain("Overall score");
	}

	private void tajikRoundVisibility(String visibility) {
		this.jdbc
			.sql("update sdg_round set visibility = ? where status = 'SUBMITTED' and mechanism_id ="
					+ " (select id from mechanism where code = 'CCM-TJ')")
			.param(visibility)
			.update();
	}

	private String body(String uri) {
		MvcTestResult result = this.mvc.get().uri(uri).exchange();
		assertThat(result).as(uri).hasStatusOk();
		try {
			return result.getResponse().getContentAsString();
		}
		catch (java.io.UnsupportedEncodingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * A figure of the Tajik public labour-market series, in a period after every public
	 * one, with another visibility than the data set's.
	 */
	private void hiddenFigure(String period, LocalDate start, String value, String visibility) {
		int rows = this.jdbc
			.sql("""
					insert into published_value (obligation_id, mechanism_id, data_set_id, submission_id, indicator, period,
					period_start, periodicity, sex, age, counterpart_area, activity, occupation, education, migrant_category,
					obs_value, visibility, regional, approved_at)
					select pv.obligation_id, pv.mechanism_id, pv.data_set_id, pv.submission_id, pv.indicator, ?, ?,
					pv.periodicity, pv.sex, pv.age, pv.counterpart_area, pv.activity, pv.occupation, pv.education,
					pv.migrant_category, ?, ?, pv.regional, pv.approved_at
					from published_value pv join mechanism m on m.id = pv.mechanism_id
					where m.code = 'CCM-TJ' and pv.indicator = 'LABOUR_FORCE' and pv.visibility = 'PUBLIC'
					and pv.sex = '_T' and pv.age = '_T' and pv.period_start = (select max(x.period_start)
					from published_value x where x.obligation_id = pv.obligation_id and x.indicator = pv.indicator
					and x.visibility = 'PUBLIC')""")
			.params(period, Date.valueOf(start), new BigDecimal(value), visibility)
			.update();
		assertThat(rows).isPositive();
	}

}
