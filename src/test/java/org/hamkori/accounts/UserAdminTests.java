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
 * Only platform admins open and disable accounts. Nobody types the new user's password:
 * they get an e-mail with a link to set it. A new account gets its rights from its
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
		assertThat(create("secretariat.tj", "sneaky-" + UUID.randomUUID(), null)).hasStatus(403);
		assertThat(this.mvc.get().uri("/admin/users/new").with(as("admin"))).hasStatusOk()
			.bodyText()
			.doesNotContain("type=\"password\"")
			.contains("welcome-hint");
	}

	@Test
	void anAccountForADirectoryPersonGetsThatPersonsRights() throws Exception {
		String username = "nigora-" + UUID.randomUUID().toString().substring(0, 8);
		String mail = "n.yusupova@stat.example.tj";
		UUID person = this.directory.personByEmail(mail).orElseThrow().id();
		int before = AccountMailbox.count(mail);
		assertThat(create("admin", username, person)).hasStatus(302).hasRedirectedUrl("/admin/users?created");
		var welcome = AccountMailbox.nth(mail, before + 1);
		assertThat(AccountMailbox.text(welcome)).contains(username, "7");
		setPassword(AccountMailbox.link(welcome), STRONG);
		Cookie session = login(username, STRONG);
		assertThat(this.mvc.get().uri("/profile").cookie(session)).hasStatusOk()
			.bodyText()
			.contains("CCM-TJ", "Focal point");
		assertThat(this.mvc.get().uri("/mechanisms/CCM-TJ").cookie(session)).bodyText()
			.contains("b.sharipov@nbt.example.tj");
	}

	@Test
	void weakPasswordsUnreachableAccountsAndTakenNamesAreRefused() throws Exception {
		String mail = "weak-" + UUID.randomUUID() + "@example.org";
		create("admin", mail, null);
		String link = AccountMailbox.link(AccountMailbox.nth(mail, 1));
		assertThat(this.mvc.post()
			.uri(link)
			.with(csrf())
			.param("password", "password1234")
			.param("confirmation", "password1234")).hasStatusOk().bodyText().contains("too easy to guess");
		assertThat(create("admin", "no-mail-" + UUID.randomUUID(), null)).hasStatusOk()
			.bodyText()
			.contains("Mail cannot reach this account")
			.contains("value=\"no-mail-");
		assertThat(create("admin", "SECRETARIAT.TJ", null)).hasStatusOk().bodyText().contains("already taken");
		assertThat(create("admin", "has spaces", null)).hasStatusOk().bodyText().contains("Use letters, digits");
	}

	@Test
	void disablingEndsSessionsAndBlocksLogin() throws Exception {
		String username = "leaver-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
		create("admin", username, null);
		setPassword(AccountMailbox.link(AccountMailbox.nth(username, 1)), STRONG);
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

	private void setPassword(String link, String password) {
		assertThat(this.mvc.post().uri(link).with(csrf()).param("password", password).param("confirmation", password))
			.hasRedirectedUrl("/login?passwordSet");
	}

	private MvcTestResult create(String actor, String username, UUID person) {
		return this.mvc.post()
			.uri("/admin/users")
			.with(as(actor))
			.with(csrf())
			.param("username", username)
			.param("personId", (person != null) ? person.toString() : "")
			.param("preferredLanguage", "en")
			.exchange();
	}

	private Cookie login(String username, String password) {
		return TestRequests.login(this.mvc, username, password);
	}

}
