package org.hamkori.accounts;

import java.time.Duration;
import java.util.UUID;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;

import org.hamkori.HamkoriWebTest;
import org.hamkori.TestRequests;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * A password change or a disabled account ends the user's sessions everywhere and revokes
 * every API token of the user, including year-long ones; tokens of other users are
 * untouched.
 */
@HamkoriWebTest
class CredentialRevocationTests {

	private static final String PASSWORD = "samarkand blue tiles at dawn";

	@Autowired
	org.springframework.context.ApplicationContext context;

	@Autowired
	MockMvcTester mvc;

	@Autowired
	AccountManagement accounts;

	@Autowired
	ApiTokenService tokens;

	@Autowired
	UserAccountRepository users;

	@Test
	void aPasswordChangeRevokesTheUsersTokensAndEndsItsSessions() {
		UserAccount account = newAccount();
		String longLived = this.tokens.issue(account.id(), account.username(), "sync", null, Duration.ofDays(365))
			.secret();
		String other = this.tokens.issue(account.id(), account.username(), "sync 2", null, Duration.ofDays(30))
			.secret();
		String bystander = TestRequests.apiToken(this.mvc, "focal.nbt.tj");
		Cookie elsewhere = TestRequests.login(this.mvc, account.username(), PASSWORD);
		assertThat(api(longLived)).hasStatusOk();

		assertThat(this.accounts.changePassword(account.id(), PASSWORD, "a brand new passphrase for winter")).isEmpty();

		assertThat(api(longLived)).hasStatus(401);
		assertThat(api(other)).hasStatus(401);
		assertThat(this.tokens.find(longLived).orElseThrow().revokedAt()).isNotNull();
		assertThat(api(bystander)).hasStatusOk();
		assertThat(this.mvc.get().uri("/profile").cookie(elsewhere)).hasStatus(302);
	}

	@Test
	void disablingRevokesTheUsersTokensSoReEnablingDoesNotRevive() {
		UserAccount account = newAccount();
		String secret = this.tokens.issue(account.id(), account.username(), "sync", null, Duration.ofDays(365))
			.secret();
		assertThat(api(secret)).hasStatusOk();
		this.accounts.setEnabled("admin", account.id(), false);
		assertThat(api(secret)).hasStatus(401);
		this.accounts.setEnabled("admin", account.id(), true);
		assertThat(api(secret)).hasStatus(401);
		assertThat(this.tokens.find(secret).orElseThrow().revokedAt()).isNotNull();
	}

	private UserAccount newAccount() {
		String user = "revoke-" + UUID.randomUUID().toString().substring(0, 8);
		TestAccounts.open(this.context, user, null, "en", PASSWORD);
		return this.users.findByUsernameIgnoreCase(user).orElseThrow();
	}

	private org.springframework.test.web.servlet.assertj.MvcTestResult api(String secret) {
		return this.mvc.get()
			.uri("/api/v1/people?mechanism=CCM-TJ")
			.header("Authorization", "Bearer " + secret)
			.exchange();
	}

}
