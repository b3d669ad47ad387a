package org.hamkori.directory;

import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.hamkori.HamkoriWebTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamkori.TestRequests.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * The secretariat seats, corrects and ends memberships of its own mechanism; nobody else
 * can, bad input is refused with a message and stores nothing, and every change lands in
 * the mechanism's audit trail.
 */
@HamkoriWebTest
class MembershipWebTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	Directory directory;

	@Autowired
	JdbcClient jdbc;

	@Test
	void secretariatSeatsANewPersonAndTheChangeIsAudited() {
		String name = "Test Person " + UUID.randomUUID();
		MvcTestResult result = create("secretariat.tj", "CCM-TJ", name, "2025-01-01", "");
		assertThat(result).hasStatus(302).hasRedirectedUrl("/mechanisms/CCM-TJ?saved");
		assertThat(this.mvc.get().uri("/mechanisms/CCM-TJ")).bodyText().contains(name);
		assertThat(this.mvc.get().uri("/mechanisms/CCM-TJ/audit").with(as("secretariat.tj"))).hasStatusOk()
			.bodyText()
			.contains("membership", "created", "Malika Umarova");
	}

	@Test
	void aRenderedListShowsAChangeAtOnce() {
		assertThat(this.mvc.get().uri("/mechanisms/CCM-TJ").with(as("secretariat.tj"))).hasStatusOk();
		assertThat(this.mvc.get().uri("/mechanisms/CCM-TJ")).hasStatusOk();
		String name = "Fresh Member " + UUID.randomUUID();
		assertThat(create("secretariat.tj", "CCM-TJ", name, "2025-01-01", "")).hasStatus(302);
		assertThat(this.mvc.get().uri("/mechanisms/CCM-TJ").with(as("secretariat.tj"))).bodyText().contains(name);
		assertThat(this.mvc.get().uri("/mechanisms/CCM-TJ")).bodyText().contains(name);
	}

	@Test
	void reusedRenderingsCarryNoSessionToken() throws Exception {
		String page = this.mvc.get()
			.uri("/mechanisms/CCM-TJ")
			.with(as("secretariat.tj"))
			.exchange()
			.getResponse()
			.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		assertThat(page.split("name=\"_csrf\"", -1)).as("only the layout's logout and language forms carry the token")
			.hasSize(3);
	}

	@Test
	void htmxGetsOnlyTheResults() {
		assertThat(this.mvc.get().uri("/mechanisms/CCM-TJ?q=Bank").header("HX-Request", "true")).hasStatusOk()
			.bodyText()
			.contains("National Bank of Tajikistan")
			.doesNotContain("<html", "Migration Service", "id=\"results\"");
	}

	@Test
	void aMembershipEndingBeforeItStartsIsRefusedAndNothingIsStored() {
		String name = "Backwards " + UUID.randomUUID();
		MvcTestResult result = create("secretariat.tj", "CCM-TJ", name, "2025-05-01", "2025-01-01");
		assertThat(result).hasStatusOk().bodyText().contains("A membership cannot end before it starts");
		assertThat(countPeopleNamed(name)).isZero();
	}

	@Test
	void validationSpeaksTheUsersLanguage() {
		MvcTestResult result = this.mvc.post()
			.uri("/mechanisms/CCM-TJ/memberships?lang=ru")
			.with(as("secretariat.tj"))
			.with(csrf())
			.param("organisationId", anyOrganisation())
			.param("newPerson.fullName", "")
			.param("newPerson.email", "not-an-email")
			.param("role", "MEMBER")
			.param("validFrom", "2025-01-01")
			.exchange();
		assertThat(result).hasStatusOk().bodyText().contains("адрес электронной почты");
	}

	@Test
	void overlongAndMalformedInputIsRefused() {
		MvcTestResult result = this.mvc.post()
			.uri("/mechanisms/CCM-TJ/memberships")
			.with(as("secretariat.tj"))
			.with(csrf())
			.param("organisationId", anyOrganisation())
			.param("newPerson.fullName", "x".repeat(201))
			.param("newPerson.email", "a@b")
			.param("role", "MEMBER")
			.param("validFrom", "2025-01-01")
			.exchange();
		assertThat(result).hasStatusOk().bodyText().contains("This is too long", "Enter an e-mail address");
	}

	@Test
	void markupInNamesIsShownAsText() {
		String name = "<script>alert('x')</script> " + UUID.randomUUID();
		assertThat(create("secretariat.tj", "CCM-TJ", name, "2025-01-01", "")).hasStatus(302);
		assertThat(this.mvc.get().uri("/mechanisms/CCM-TJ")).bodyText()
			.contains("&lt;script&gt;alert(")
			.doesNotContain("<script>alert(");
	}

	@Test
	void membersCannotManageAndOtherCountriesSeeNothing() {
		assertThat(this.mvc.get().uri("/mechanisms/CCM-TJ/memberships/new").with(as("focal.nbt.tj"))).hasStatus(403);
		assertThat(this.mvc.get().uri("/mechanisms/CCM-TJ/memberships/new").with(as("secretariat.kz"))).hasStatus(404);
		assertThat(create("secretariat.kz", "CCM-TJ", "Intruder " + UUID.randomUUID(), "2025-01-01", ""))
			.hasStatus(404);
		assertThat(this.mvc.get().uri("/mechanisms/CCM-TJ/audit").with(as("secretariat.kz"))).hasStatus(404);
		assertThat(this.mvc.get().uri("/mechanisms/CCM-TJ/audit").with(as("focal.nbt.tj"))).hasStatus(403);
		String membership = anyMembershipOf("CCM-TJ");
		assertThat(this.mvc.get().uri("/memberships/" + membership + "/edit").with(as("secretariat.kz")))
			.hasStatus(404);
	}

	@Test
	void endingKeepsTheHistoryAfterConfirmation() {
		String name = "Leaving " + UUID.randomUUID();
		create("secretariat.tj", "CCM-TJ", name, "2024-01-01", "");
		UUID id = membershipOf(name);
		assertThat(this.mvc.get().uri("/memberships/" + id + "/end").with(as("secretariat.tj"))).hasStatusOk()
			.bodyText()
			.contains(name, "End membership");
		int version = this.directory.membership(id).orElseThrow().version();
		assertThat(this.mvc.post()
			.uri("/memberships/" + id + "/end")
			.with(as("secretariat.tj"))
			.with(csrf())
			.param("endOn", "2024-12-31")
			.param("reason", "Retired")
			.param("version", String.valueOf(version))).hasStatus(302);
		assertThat(this.mvc.get().uri("/mechanisms/CCM-TJ")).bodyText().doesNotContain(name);
		assertThat(this.mvc.get().uri("/mechanisms/CCM-TJ?history=true")).bodyText().contains(name);
		assertThat(this.directory.membership(id).orElseThrow().endReason()).isEqualTo("Retired");
	}

	@Test
	void aStaleEditGetsAConflictAndKeepsTheTypedValues() {
		String name = "Edited twice " + UUID.randomUUID();
		create("secretariat.tj", "CCM-TJ", name, "2024-01-01", "");
		UUID id = membershipOf(name);
		int version = this.directory.membership(id).orElseThrow().version();
		assertThat(edit(id, "OBSERVER", version)).hasStatus(302);
		MvcTestResult stale = edit(id, "ALTERNATE", version);
		assertThat(stale).hasStatusOk().bodyText().contains("Someone else saved this record");
		assertThat(stale).model().containsEntry("conflict", true);
		assertThat(this.directory.membership(id).orElseThrow().role().name()).isEqualTo("OBSERVER");
	}

	@Test
	void aSecretariatCannotSeatAnotherCountrysPersonNorChangeThem() {
		UUID focalPoint = personOf("focal.nbt.tj");
		String emailBefore = emailOf(focalPoint);
		MvcTestResult seat = this.mvc.post()
			.uri("/mechanisms/CCM-KZ/memberships")
			.with(as("secretariat.kz"))
			.with(csrf())
			.param("organisationId", anyOrganisation())
			.param("personId", focalPoint.toString())
			.param("role", "MEMBER")
			.param("validFrom", "2025-01-01")
			.exchange();
		assertThat(seat).hasStatus(404);
		assertThat(this.jdbc.sql("""
				select count(*) from membership m join mechanism c on c.id = m.mechanism_id
				where m.person_id = ? and c.code = 'CCM-KZ'""").param(focalPoint).query(Long.class).single()).isZero();

		// Even with a seat given some other way, another country's secretariat may not
		// edit.
		UUID kz = this.directory.mechanism("CCM-KZ").orElseThrow().id();
		this.jdbc.sql("""
				insert into membership (id, mechanism_id, organisation_id, person_id, role, valid_from, version)
				values (?, ?, ?, ?, 'MEMBER', date '2025-01-01', 0)""")
			.params(UUID.randomUUID(), kz, UUID.fromString(anyOrganisation()), focalPoint)
			.update();
		try {
			assertThat(this.mvc.get().uri("/people/" + focalPoint + "/edit").with(as("secretariat.kz"))).hasStatus(403);
			assertThat(this.mvc.post()
				.uri("/people/" + focalPoint)
				.with(as("secretariat.kz"))
				.with(csrf())
				.param("fullName", "Taken Over")
				.param("email", "attacker@example.org")
				.param("preferredLanguage", "ru")
				.param("version", "0")).hasStatus(403);
			assertThat(emailOf(focalPoint)).isEqualTo(emailBefore);
			// A person seated in two countries' mechanisms is corrected by an admin only.
			assertThat(this.mvc.get().uri("/people/" + focalPoint + "/edit").with(as("secretariat.tj"))).hasStatus(403);
			assertThat(this.mvc.get().uri("/people/" + focalPoint + "/edit").with(as("admin"))).hasStatusOk();
		}
		finally {
			this.jdbc.sql("delete from membership where person_id = ? and mechanism_id = ?")
				.params(focalPoint, kz)
				.update();
		}
		assertThat(this.mvc.get().uri("/people/" + focalPoint + "/edit").with(as("secretariat.tj"))).hasStatusOk();
	}

	@Test
	void aPersonEditIsAuditedInTheMechanismOfTheSecretariat() {
		String name = "Audited Person " + UUID.randomUUID();
		assertThat(create("secretariat.tj", "CCM-TJ", name, "2025-01-01", "")).hasStatus(302);
		UUID person = this.jdbc.sql("select id from person where full_name = ?").param(name).query(UUID.class).single();
		int version = this.directory.person(person).orElseThrow().version();
		assertThat(this.mvc.post()
			.uri("/people/" + person)
			.with(as("secretariat.tj"))
			.with(csrf())
			.param("fullName", name)
			.param("email", "changed-" + version + "@example.org")
			.param("preferredLanguage", "tg")
			.param("version", String.valueOf(version))).hasStatus(302);
		assertThat(this.jdbc.sql("""
				select count(*) from audit_entry a join mechanism c on c.id = a.mechanism_id
				where a.record_id = ? and a.action = 'updated' and c.code = 'CCM-TJ'""")
			.param(person)
			.query(Long.class)
			.single()).isEqualTo(1);
	}

	private UUID personOf(String username) {
		return this.jdbc.sql("select person_id from app_user where username = ?")
			.param(username)
			.query(UUID.class)
			.single();
	}

	private String emailOf(UUID person) {
		return this.jdbc.sql("select email from person where id = ?").param(person).query(String.class).single();
	}

	@Test
	void unknownMechanismsAndMalformedIdsAnswerNotFound() {
		assertThat(this.mvc.get().uri("/mechanisms/CCM-XX")).hasStatus(404).bodyText().contains("does not exist");
		assertThat(this.mvc.get().uri("/people/not-a-uuid")).hasStatus(404);
		assertThat(this.mvc.get().uri("/api/v1/people?mechanism=NOPE")).hasStatus(404);
	}

	private MvcTestResult edit(UUID id, String role, int version) {
		return this.mvc.post()
			.uri("/memberships/" + id)
			.with(as("secretariat.tj"))
			.with(csrf())
			.param("role", role)
			.param("validFrom", "2024-01-01")
			.param("version", String.valueOf(version))
			.exchange();
	}

	private MvcTestResult create(String user, String code, String name, String from, String to) {
		return this.mvc.post()
			.uri("/mechanisms/" + code + "/memberships")
			.with(as(user))
			.with(csrf())
			.param("organisationId", anyOrganisation())
			.param("newPerson.fullName", name)
			.param("newPerson.email", "")
			.param("newPerson.preferredLanguage", "ru")
			.param("newPerson.sex", "F")
			.param("role", "MEMBER")
			.param("validFrom", from)
			.param("validTo", to)
			.exchange();
	}

	private String anyOrganisation() {
		return this.directory.organisations().get(0).id().toString();
	}

	private String anyMembershipOf(String code) {
		return this.jdbc.sql("select m.id from membership m join mechanism c on c.id = m.mechanism_id where c.code = ?")
			.param(code)
			.query(UUID.class)
			.list()
			.get(0)
			.toString();
	}

	private UUID membershipOf(String name) {
		return this.jdbc.sql("select m.id from membership m join person p on p.id = m.person_id where p.full_name = ?")
			.param(name)
			.query(UUID.class)
			.single();
	}

	private long countPeopleNamed(String name) {
		return this.jdbc.sql("select count(*) from person where full_name = ?").param(name).query(Long.class).single();
	}

}
