package org.hamkori.accounts;

import java.util.UUID;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;

import org.hamkori.HamkoriWebTest;
import org.hamkori.TestRequests;
import org.hamkori.directory.Directory;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamkori.TestRequests.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * Only platform admins open and disable accounts. A new account gets its rights from its
 * person's memberships; a disabled one loses its sessions at once.
 */
@HamkoriWebTest
class UserAdminTests {

	static final String STRONG = "khujand apricot harbour winter";

	@Autowired
	MockMvcTester mvc;

	@Autowired
	Directory directory;

	@Autowired
	UserAccountRepository users;

	@Test
	void onlyAdminsManageAccounts() {
		assertThat(this.mvc.get().uri("/admin/users").with(as("secretariat.tj"))).hasStatus(403);
		assertThat(this.mvc.get().uri("/admin/users").with(as("admin"))).hasStatusOk()
			.bodyText()
			.contains("secretariat.tj");
		assertThat(create("secretariat.tj", "sneaky-" + UUID.randomUUID(), STRONG, null)).hasStatus(403);
	}

	@Test
	void anAccountForADirectoryPersonGetsThatPersonsRights() {
		String username = "nigora-" + UUID.randomUUID().toString().substring(0, 8);
		UUID person = this.directory.personByEmail("n.yusupova@stat.example.tj").orElseThrow().id();
		assertThat(create("admin", username, STRONG, person)).hasStatus(302).hasRedirectedUrl("/admin/users?created");
		Cookie session = login(username, STRONG);
		assertThat(this.mvc.get().uri("/profile").cookie(session)).hasStatusOk()
			.bodyText()
			.contains("CCM-TJ", "Focal point");
		assertThat(this.mvc.get().uri("/mechanisms/CCM-TJ").cookie(session)).bodyText()
			.contains("b.sharipov@nbt.example.tj");
	}

	@Test
	void weakPasswordsAndTakenNamesAreRefused() {
		assertThat(create("admin", "weak-" + UUID.randomUUID(), "password1234", null)).hasStatusOk()
			.bodyText()
			.contains("too easy to guess");
		assertThat(create("admin", "SECRETARIAT.TJ", STRONG, null)).hasStatusOk().bodyText().contains("already taken");
		assertThat(create("admin", "has spaces", STRONG, null)).hasStatusOk()
			.bodyText()
			.contains("Use letters, digits");
	}

	@Test
	void disablingEndsSessionsAndBlocksLogin() {
		String username = "leaver-" + UUID.randomUUID().toString().substring(0, 8);
		create("admin", username, STRONG, null);
		Cookie session = login(username, STRONG);
		assertThat(this.mvc.get().uri("/profile").cookie(session)).hasStatusOk();
		UUID id = this.users.findByUsernameIgnoreCase(username).orElseThrow().id();
		assertThat(this.mvc.get().uri("/admin/users/" + id + "/disable").with(as("admin"))).hasStatusOk()
			.bodyText()
			.contains(username);
		assertThat(this.mvc.post().uri("/admin/users/" + id + "/disable").with(as("admin")).with(csrf()))
			.hasStatus(302);
		assertThat(this.mvc.get().uri("/profile").cookie(session)).hasStatus(302);
		assertThat(this.mvc.post()
			.uri("/login")
			.with(TestRequests.fromFreshAddress())
			.with(csrf())
			.param("username", username)
			.param("password", STRONG)).hasRedirectedUrl("/login?error");
	}

	private MvcTestResult create(String actor, String username, String password, UUID person) {
		return this.mvc.post()
			.uri("/admin/users")
			.with(as(actor))
			.with(csrf())
			.param("username", username)
			.param("password", password)
			.param("personId", (person != null) ? person.toString() : "")
			.param("preferredLanguage", "en")
			.exchange();
	}

	private Cookie login(String username, String password) {
		return TestRequests.login(this.mvc, username, password);
	}

}
