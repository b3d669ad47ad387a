package org.hamkori.programmes;

import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.hamkori.HamkoriWebTest;
import org.hamkori.TestRequests;
import org.hamkori.directory.Directory;
import org.hamkori.shared.i18n.LocalizedText;
import org.hamkori.shared.security.MembershipRole;
import org.hamkori.shared.security.Viewer;
import org.hamkori.shared.security.Visibility;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamkori.TestRequests.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * The programme register and partnership agreements through pages, API and the reference
 * API, on the real database: validation in the user's language with nothing stored, who
 * may see and edit, isolation between countries, the conflict view, filters and the demo
 * data.
 */
@HamkoriWebTest
class ProgrammeWebTests {

	/** A platform admin acting as a test secretariat. */
	static final Viewer ADMIN = new Viewer(UUID.randomUUID(), "test.admin", null, true, List.of());

	@Autowired
	MockMvcTester mvc;

	@Autowired
	ProgrammeRegister register;

	@Autowired
	PartnershipAgreements agreements;

	@Autowired
	Programmes programmes;

	@Autowired
	Directory directory;

	@Autowired
	JdbcClient jdbc;

	UUID tj;

	UUID iom;

	UUID ministry;

	UUID agency;

	LocalDate today;

	@BeforeEach
	void setUp() {
		this.tj = this.directory.mechanismOrThrow("CCM-TJ").id();
		this.iom = organisation("IOM", "TJ");
		this.ministry = organisation("MLME", "TJ");
		this.agency = organisation("OEA", "TJ");
		this.today = this.register.today();
	}

	@Test
	void anEndBeforeTheStartOrNoImplementerIsRefusedWithAMessageAndNothingIsStored() {
		String title = "Backwards " + UUID.randomUUID();
		assertThat(this.mvc.post()
			.uri("/mechanisms/CCM-TJ/programmes")
			.with(as("secretariat.tj"))
			.with(csrf())
			.param("titleEn", title)
			.param("implementerId", this.iom.toString())
			.param("startDate", "2025-01-01")
			.param("endDate", "2024-12-31")
			.param("themes", "REMITTANCES")).hasStatusOk()
			.bodyText()
			.contains("The end date cannot be before the start date");
		assertThat(count(title)).isZero();
		assertThat(this.mvc.post()
			.uri("/mechanisms/CCM-TJ/programmes?lang=ru")
			.with(as("secretariat.tj"))
			.with(csrf())
			.param("titleEn", title)
			.param("startDate", "2025-01-01")
			.param("themes", "REMITTANCES")).hasStatusOk()
			.bodyText()
			.contains("Выберите организацию-исполнителя программы");
		assertThat(count(title)).isZero();
		MvcTestResult created = this.mvc.post()
			.uri("/mechanisms/CCM-TJ/programmes")
			.with(as("secretariat.tj"))
			.with(csrf())
			.param("titleEn", title)
			.param("titleNational", "Барномаи озмоишӣ")
			.param("implementerId", this.iom.toString())
			.param("startDate", "2025-01-01")
			.param("endDate", "2025-12-31")
			.param("themes", "REMITTANCES", "DIASPORA")
			.param("regions", "Khatlon, Sughd")
			.exchange();
		assertThat(created).hasStatus(302);
		assertThat(count(title)).isEqualTo(1);
		Programme stored = this.register.ofMechanism(this.tj, ADMIN)
			.stream()
			.filter((p) -> title.equals(p.title().get("en")))
			.findFirst()
			.orElseThrow();
		assertThat(stored.title().get("tg")).isEqualTo("Барномаи озмоишӣ");
		assertThat(stored.themes()).containsExactly(ProgrammeTheme.REMITTANCES, ProgrammeTheme.DIASPORA);
		assertThat(stored.regionList()).containsExactly("Khatlon", "Sughd");
		assertThat(stored.visibility()).isEqualTo(Visibility.MEMBERS);
		assertThat(this.mvc.get().uri("/mechanisms/CCM-TJ/audit").with(as("secretariat.tj"))).bodyText()
			.contains("programme", "created");
	}

	@Test
	void otherCountriesAndAnonymousVisitorsSeePublicProgrammesOnly() {
		Programme hidden = programme("Members only " + UUID.randomUUID(), Visibility.MEMBERS, ProgrammeTheme.PROTECTION,
				this.today.minusYears(1), this.today.plusYears(1));
		Programme open = programme("Open to all " + UUID.randomUUID(), Visibility.PUBLIC, ProgrammeTheme.PROTECTION,
				this.today.minusYears(1), this.today.plusYears(1));
		String hiddenTitle = hidden.title().get("en");
		String openTitle = open.title().get("en");

		assertThat(this.mvc.get().uri("/programmes/" + hidden.id()).with(as("secretariat.kz"))).hasStatus(404);
		assertThat(this.mvc.get().uri("/programmes/" + hidden.id() + "/edit").with(as("secretariat.kz")))
			.hasStatus(404);
		assertThat(this.mvc.get().uri("/mechanisms/CCM-TJ/programmes").with(as("secretariat.kz"))).hasStatusOk()
			.bodyText()
			.contains(openTitle)
			.doesNotContain(hiddenTitle);
		String token = TestRequests.apiToken(this.mvc, "secretariat.kz");
		assertThat(this.mvc.get().uri("/api/v1/programmes/" + hidden.id()).header("Authorization", "Bearer " + token))
			.hasStatus(404);
		assertThat(this.mvc.get().uri("/api/v1/programmes/" + open.id()).header("Authorization", "Bearer " + token))
			.hasStatusOk();
		assertThat(this.mvc.get().uri("/api/v1/programmes?mechanism=CCM-TJ").header("Authorization", "Bearer " + token))
			.hasStatusOk()
			.bodyText()
			.contains(openTitle)
			.doesNotContain(hiddenTitle);
		assertThat(this.mvc.get().uri("/api/v1/programmes?mechanism=CCM-XX").header("Authorization", "Bearer " + token))
			.hasStatus(404);

		assertThat(this.mvc.get().uri("/programmes/" + hidden.id())).hasStatus(404);
		assertThat(this.mvc.get().uri("/programmes/" + open.id())).hasStatusOk().bodyText().contains(openTitle);
		assertThat(this.mvc.get().uri("/mechanisms/CCM-TJ/programmes")).hasStatusOk()
			.bodyText()
			.contains(openTitle, "Only public programmes are shown")
			.doesNotContain(hiddenTitle);
		assertThat(this.mvc.get().uri("/api/v1/programmes?mechanism=CCM-TJ")).hasStatus(401);

		assertThat(this.mvc.get().uri("/mechanisms/CCM-TJ/programmes").with(as("focal.mol.tj"))).hasStatusOk()
			.bodyText()
			.contains(openTitle, hiddenTitle);
	}

	@Test
	void theReferenceApiReturnsOnlyWhatTheViewerMaySee() {
		Programme hidden = programme("Referenced " + UUID.randomUUID(), Visibility.MEMBERS, ProgrammeTheme.DIASPORA,
				this.today.minusYears(1), null);
		Programme restricted = programme("Secretariat's " + UUID.randomUUID(), Visibility.RESTRICTED,
				ProgrammeTheme.DIASPORA, this.today.minusYears(1), null);
		UUID kz = this.directory.mechanismOrThrow("CCM-KZ").id();
		Viewer kazakh = new Viewer(UUID.randomUUID(), "kz", null, false,
				List.of(new Viewer.Seat(kz, "CCM-KZ", false, MembershipRole.SECRETARIAT)));
		Viewer tajikMember = new Viewer(UUID.randomUUID(), "tj", null, false,
				List.of(new Viewer.Seat(this.tj, "CCM-TJ", false, MembershipRole.MEMBER)));
		Viewer tajikSecretariat = new Viewer(UUID.randomUUID(), "tj.s", null, false,
				List.of(new Viewer.Seat(this.tj, "CCM-TJ", false, MembershipRole.SECRETARIAT)));

		assertThat(this.programmes.visible(hidden.id(), kazakh)).isEmpty();
		assertThat(this.programmes.visible(hidden.id(), Viewer.anonymous())).isEmpty();
		assertThat(this.programmes.visible(UUID.randomUUID(), tajikMember)).isEmpty();
		assertThat(this.programmes.visible(hidden.id(), tajikMember))
			.contains(new ProgrammeRef(hidden.id(), this.tj, hidden.title(), this.iom));
		assertThat(this.programmes.visible(restricted.id(), tajikMember)).isEmpty();
		assertThat(this.programmes.visible(restricted.id(), tajikSecretariat)).isPresent();
		assertThat(this.programmes.of(this.tj, kazakh)).extracting(ProgrammeRef::id)
			.doesNotContain(hidden.id(), restricted.id());
		assertThat(this.programmes.of(this.tj, tajikMember)).extracting(ProgrammeRef::id)
			.contains(hidden.id())
			.doesNotContain(restricted.id());
	}

	@Test
	void aMemberReadsButOnlyTheSecretariatEdits() {
		Programme programme = programme("Read only " + UUID.randomUUID(), Visibility.MEMBERS,
				ProgrammeTheme.RECRUITMENT, this.today.minusYears(1), this.today.plusYears(1));
		assertThat(this.mvc.get().uri("/programmes/" + programme.id()).with(as("focal.mol.tj"))).hasStatusOk()
			.bodyText()
			.contains(programme.title().get("en"))
			.doesNotContain("Edit");
		assertThat(this.mvc.get().uri("/programmes/" + programme.id() + "/edit").with(as("focal.mol.tj")))
			.hasStatus(403);
		assertThat(edit("focal.mol.tj", programme, "Changed by a member", programme.version())).hasStatus(403);
		assertThat(this.mvc.get().uri("/mechanisms/CCM-TJ/programmes/new").with(as("focal.mol.tj"))).hasStatus(403);
		assertThat(this.register.find(programme.id()).orElseThrow().description()).isNull();
	}

	@Test
	void aConcurrentEditShowsTheConflictAndKeepsTheUsersText() {
		Programme programme = programme("Contested " + UUID.randomUUID(), Visibility.MEMBERS,
				ProgrammeTheme.REINTEGRATION, this.today.minusYears(1), this.today.plusYears(1));
		assertThat(edit("secretariat.tj", programme, "First secretary's words", programme.version())).hasStatus(302);
		assertThat(edit("secretariat.tj", programme, "Second secretary's careful text", programme.version()))
			.hasStatusOk()
			.bodyText()
			.contains("Someone else saved this record", "Second secretary&#39;s careful text",
					"First secretary&#39;s words");
		assertThat(this.register.find(programme.id()).orElseThrow().description()).isEqualTo("First secretary's words");
	}

	@Test
	void theListFiltersByThemeAndDerivedStatus() {
		String tag = UUID.randomUUID().toString().substring(0, 8);
		Programme running = programme("Running diaspora " + tag, Visibility.MEMBERS, ProgrammeTheme.DIASPORA,
				this.today.minusYears(1), this.today.plusYears(1));
		Programme ended = programme("Ended diaspora " + tag, Visibility.MEMBERS, ProgrammeTheme.DIASPORA,
				this.today.minusYears(3), this.today.minusDays(1));
		Programme planned = programme("Planned skills " + tag, Visibility.MEMBERS, ProgrammeTheme.SKILLS_RECOGNITION,
				this.today.plusDays(1), null);
		assertThat(running.status(this.today)).isEqualTo(ProgrammeStatus.RUNNING);
		assertThat(ended.status(this.today)).isEqualTo(ProgrammeStatus.ENDED);
		assertThat(planned.status(this.today)).isEqualTo(ProgrammeStatus.PLANNED);
		assertThat(this.mvc.get()
			.uri("/mechanisms/CCM-TJ/programmes?theme=DIASPORA&status=ENDED")
			.with(as("secretariat.tj"))).hasStatusOk()
			.bodyText()
			.contains(ended.title().get("en"))
			.doesNotContain(running.title().get("en"), planned.title().get("en"));
		assertThat(this.mvc.get()
			.uri("/mechanisms/CCM-TJ/programmes?status=PLANNED")
			.header("HX-Request", "true")
			.with(as("secretariat.tj"))).hasStatusOk()
			.bodyText()
			.contains(planned.title().get("en"), "Planned")
			.doesNotContain(running.title().get("en"), ended.title().get("en"));
		String token = TestRequests.apiToken(this.mvc, "secretariat.tj");
		assertThat(this.mvc.get()
			.uri("/api/v1/programmes?mechanism=CCM-TJ&theme=DIASPORA")
			.header("Authorization", "Bearer " + token)).hasStatusOk()
			.bodyText()
			.contains(running.title().get("en"), ended.title().get("en"))
			.doesNotContain(planned.title().get("en"));
		assertThat(this.mvc.get()
			.uri("/mechanisms/CCM-TJ/programmes?theme=DIASPORA&status=PLANNED&implementer=" + this.agency)
			.with(as("secretariat.tj"))).hasStatusOk().bodyText().contains("No programmes match");
	}

	@Test
	void agreementsNeedTwoPartiesAndShowOnTheirProgrammes() {
		Programme programme = programme("Served " + UUID.randomUUID(), Visibility.PUBLIC, ProgrammeTheme.RECRUITMENT,
				this.today.minusYears(1), this.today.plusYears(1));
		String title = "MoU " + UUID.randomUUID();
		assertThat(this.mvc.post()
			.uri("/mechanisms/CCM-TJ/agreements")
			.with(as("secretariat.tj"))
			.with(csrf())
			.param("titleEn", title)
			.param("type", "MOU")
			.param("status", "SIGNED")
			.param("partyIds", this.ministry.toString())).hasStatusOk()
			.bodyText()
			.contains("An agreement needs at least two parties", "Give the date it was signed");
		assertThat(agreementCount(title)).isZero();
		MvcTestResult created = this.mvc.post()
			.uri("/mechanisms/CCM-TJ/agreements")
			.with(as("secretariat.tj"))
			.with(csrf())
			.param("titleEn", title)
			.param("type", "MOU")
			.param("status", "IN_FORCE")
			.param("signedOn", "2024-02-01")
			.param("partyIds", this.ministry.toString(), this.agency.toString())
			.param("programmeIds", programme.id().toString())
			.exchange();
		assertThat(created).hasStatus(302);
		assertThat(agreementCount(title)).isEqualTo(1);
		Agreement agreement = this.agreements.linkedTo(programme.id(), ADMIN).get(0);
		assertThat(agreement.statusChangedOn()).isEqualTo(this.today);
		assertThat(this.mvc.get().uri("/programmes/" + programme.id()).with(as("focal.mol.tj"))).hasStatusOk()
			.bodyText()
			.contains(title, "In force");
		// a public programme does not reveal its members-only agreements
		assertThat(this.mvc.get().uri("/programmes/" + programme.id())).hasStatusOk().bodyText().doesNotContain(title);
		assertThat(this.mvc.get().uri("/agreements/" + agreement.id()).with(as("secretariat.kz"))).hasStatus(404);
		assertThat(this.mvc.get().uri("/mechanisms/CCM-TJ/agreements").with(as("secretariat.kz"))).hasStatusOk()
			.bodyText()
			.doesNotContain(title);
		String token = TestRequests.apiToken(this.mvc, "secretariat.kz");
		assertThat(this.mvc.get().uri("/api/v1/agreements?mechanism=CCM-TJ").header("Authorization", "Bearer " + token))
			.hasStatusOk()
			.bodyText()
			.doesNotContain(title);
		assertThat(this.mvc.get().uri("/agreements/" + agreement.id() + "/edit").with(as("focal.mol.tj")))
			.hasStatus(403);
	}

	@Test
	void theDemoRegisterTellsWhoDoesWhatWhere() {
		// other test classes add CCM-TJ programmes, which may push the demo's off the
		// first page
		assertThat(everyPage("/mechanisms/CCM-TJ/programmes", "focal.mol.tj")).contains(
				"Safe Labour Migration Programme", "Know before you go", "Remittances and financial inclusion",
				"Khatlon, Sughd");
		assertThat(everyPage("/mechanisms/CCM-TJ/programmes?status=ENDED", "focal.mol.tj"))
			.contains("Remittances and financial inclusion")
			.doesNotContain("Know before you go");
		assertThat(everyPage("/mechanisms/CCM-TJ/programmes", null)).contains("Safe Labour Migration Programme")
			.doesNotContain("Know before you go");
		assertThat(this.mvc.get().uri("/mechanisms/CCM-TJ/agreements").with(as("focal.mol.tj"))).hasStatusOk()
			.bodyText()
			.contains("organised recruitment abroad", "In force", "Data-sharing agreement", "Under negotiation");
		assertThat(this.mvc.get().uri("/mechanisms/CCM-TJ/agreements?status=IN_FORCE&lang=tg").with(as("focal.mol.tj")))
			.bodyText()
			.contains("Амал мекунад")
			.doesNotContain("Data-sharing agreement");
		for (String code : List.of("CCM-UZ", "CCM-KG")) {
			assertThat(this.register.ofMechanism(this.directory.mechanismOrThrow(code).id(), ADMIN)).isNotEmpty();
		}
		assertThat(this.mvc.get().uri("/mechanisms/CCM-TJ").with(as("focal.mol.tj"))).bodyText()
			.contains("href=\"/mechanisms/CCM-TJ/programmes\">Programmes</a>");
	}

	/** A register list's text over its first ten pages, as a user or anonymously. */
	private String everyPage(String uri, String user) {
		StringBuilder text = new StringBuilder();
		for (int page = 1; page <= 10; page++) {
			var request = this.mvc.get().uri(uri + (uri.contains("?") ? "&" : "?") + "page=" + page);
			MvcTestResult result = ((user != null) ? request.with(as(user)) : request).exchange();
			assertThat(result).hasStatusOk();
			try {
				text.append(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
			}
			catch (UnsupportedEncodingException ex) {
				throw new IllegalStateException(ex);
			}
		}
		return text.toString();
	}

	private Programme programme(String title, Visibility visibility, ProgrammeTheme theme, LocalDate start,
			LocalDate end) {
		return this.register.create(this.tj, new ProgrammeDetails(this.iom, null, LocalizedText.of(Map.of("en", title)),
				null, start, end, EnumSet.of(theme), null, BudgetBand.UNKNOWN, null, null, visibility), ADMIN);
	}

	private MvcTestResult edit(String user, Programme programme, String description, Long version) {
		return this.mvc.post()
			.uri("/programmes/" + programme.id())
			.with(as(user))
			.with(csrf())
			.param("titleEn", programme.title().get("en"))
			.param("implementerId", programme.implementerId().toString())
			.param("startDate", programme.startDate().toString())
			.param("themes", programme.themes().stream().map(Enum::name).toArray(String[]::new))
			.param("description", description)
			.param("visibility", programme.visibility().name())
			.param("version", String.valueOf(version))
			.exchange();
	}

	private UUID organisation(String acronym, String country) {
		return this.jdbc.sql("select id from organisation where acronym = ? and country_code = ?")
			.params(acronym, country)
			.query(UUID.class)
			.single();
	}

	private long count(String title) {
		return this.jdbc.sql("select count(*) from programme where title like ?")
			.param("%" + title + "%")
			.query(Long.class)
			.single();
	}

	private long agreementCount(String title) {
		return this.jdbc.sql("select count(*) from agreement where title like ?")
			.param("%" + title + "%")
			.query(Long.class)
			.single();
	}

}
