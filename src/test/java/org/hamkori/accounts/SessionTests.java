package org.hamkori.accounts;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;

import org.hamkori.HamkoriWebTest;
import org.hamkori.TestClock;
import org.hamkori.TestRequests;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * Sessions live in the database: a login starts a new one, logout deletes it on the
 * server, and a password change ends every session of that user.
 */
@HamkoriWebTest
class SessionTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	AccountManagement accounts;

	@Autowired
	UserAccountRepository users;

	@Autowired
	org.springframework.security.crypto.password.PasswordEncoder encoder;

	@Test
	void loginStoresASessionInTheDatabaseAndLogoutDeletesIt() {
		Cookie session = login("observer.tj", "hamkori-demo");
		assertThat(sessionsOf("observer.tj")).isPositive();
		assertThat(this.mvc.get().uri("/profile").cookie(session)).hasStatusOk();
		assertThat(this.mvc.post().uri("/logout").cookie(session).with(csrf())).hasStatus(302);
		assertThat(this.mvc.get().uri("/profile").cookie(session)).hasStatus(302).hasRedirectedUrl("/login");
	}

	@Test
	void aPasswordChangeEndsEverySessionOfThatUser() {
		UserAccount account = this.users.findByUsernameIgnoreCase("secretariat.uz").orElseThrow();
		Cookie first = login("secretariat.uz", "hamkori-demo");
		Cookie second = login("secretariat.uz", "hamkori-demo");
		assertThat(this.mvc.get().uri("/profile").cookie(second)).hasStatusOk();
		String replacement = "tashkent granite window seventeen";
		assertThat(this.accounts.changePassword(account.id(), "hamkori-demo", replacement)).isEmpty();
		assertThat(this.mvc.get().uri("/profile").cookie(first)).hasStatus(302);
		assertThat(this.mvc.get().uri("/profile").cookie(second)).hasStatus(302);
		this.users.save(this.users.findById(account.id())
			.orElseThrow()
			.withPassword(this.encoder.encode("hamkori-demo"), TestClock.instant()));
	}

	@Test
	void weakOrCommonPasswordsAreRefused() {
		UserAccount account = this.users.findByUsernameIgnoreCase("secretariat.kg").orElseThrow();
		assertThat(this.accounts.changePassword(account.id(), "hamkori-demo", "short"))
			.contains("validation.password.short");
		assertThat(this.accounts.changePassword(account.id(), "hamkori-demo", "password1234"))
			.contains("validation.password.common");
		assertThat(this.accounts.changePassword(account.id(), "wrong-current", "a sufficiently long passphrase"))
			.contains("validation.password.current");
	}

	@Test
	void theSessionIdChangesAtLogin() {
		MvcTestResult page = this.mvc.get().uri("/login").exchange();
		Cookie before = page.getResponse().getCookie("SESSION");
		Cookie after = login("focal.nbt.tj", "hamkori-demo");
		assertThat(after).isNotNull();
		if (before != null) {
			assertThat(after.getValue()).isNotEqualTo(before.getValue());
		}
	}

	@Test
	void securityHeadersAreOnEveryPage() {
		var response = this.mvc.get().uri("/mechanisms").exchange().getResponse();
		assertThat(response.getHeader("Content-Security-Policy")).contains("script-src 'self'")
			.contains("frame-ancestors 'none'")
			.doesNotContain("unsafe-inline");
		assertThat(response.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
		assertThat(response.getHeader("Referrer-Policy")).isNotBlank();
		assertThat(response.getHeader("Cache-Control")).contains("no-store");
	}

	private Cookie login(String username, String password) {
		return TestRequests.login(this.mvc, username, password);
	}

	private long sessionsOf(String username) {
		return this.jdbc.sql("select count(*) from spring_session where principal_name = ?")
			.param(username)
			.query(Long.class)
			.single();
	}

}
