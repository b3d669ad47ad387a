package org.hamkori.accounts;

import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.hamkori.HamkoriWebTest;
import org.hamkori.TestRequests;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamkori.TestRequests.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * Ten failed logins of one account from one address make that account wait, from that
 * address only, before its next attempt is even checked; 50 failures from one address
 * make the address wait for every account. A victim signing in from elsewhere is not
 * locked out, unknown users are treated like known ones, a forged X-Forwarded-For header
 * changes nothing, and an admin can clear the delays. How the waits grow is in
 * {@link LoginThrottleDelayTests}; that no URL spelling escapes the throttle is in
 * {@link LoginThrottleHttpTests}.
 */
@HamkoriWebTest
class LoginThrottleTests {

	private static final String PASSWORD = "samarkand blue tiles at dawn";

	@Autowired
	org.springframework.context.ApplicationContext context;

	@Autowired
	MockMvcTester mvc;

	@Autowired
	AccountManagement accounts;

	@Autowired
	UserAccountRepository users;

	@Autowired
	AuditEntryRepository audit;

	@Test
	void tenFailuresMakeTheAccountWaitFromThatAddressEvenForTheRightPassword() {
		String user = newAccount();
		RequestPostProcessor attacker = TestRequests.fromFreshAddress();
		for (int i = 0; i < 10; i++) {
			assertThat(login(user, "wrong-" + i, attacker)).hasStatus(302).hasRedirectedUrl("/login?error");
		}
		assertThat(login(user, PASSWORD, attacker)).hasRedirectedUrl("/login?locked");
		assertThat(this.mvc.get().uri("/login?locked")).bodyText().contains("Too many failed attempts");
	}

	@Test
	void theVictimSigningInFromAnotherAddressIsNotLockedOut() {
		String user = newAccount();
		RequestPostProcessor attacker = TestRequests.fromFreshAddress();
		for (int i = 0; i < 12; i++) {
			login(user, "wrong-" + i, attacker);
		}
		assertThat(login(user, "still wrong", attacker)).hasRedirectedUrl("/login?locked");
		assertThat(login(user, PASSWORD, TestRequests.fromFreshAddress())).hasRedirectedUrl("/");
		assertThat(login("admin", "hamkori-demo", TestRequests.fromFreshAddress())).hasRedirectedUrl("/");
	}

	@Test
	void manyFailuresFromOneAddressMakeThatAddressWaitForEveryAccount() {
		RequestPostProcessor address = TestRequests.fromFreshAddress();
		for (int i = 0; i < 50; i++) {
			login("nobody-" + UUID.randomUUID(), "wrong", address);
		}
		assertThat(login("secretariat.kg", "hamkori-demo", address)).hasRedirectedUrl("/login?locked");
		// a user with a seat lands on "My work"
		assertThat(login("secretariat.kg", "hamkori-demo", TestRequests.fromFreshAddress()))
			.hasRedirectedUrl("/my-work");
	}

	@Test
	void forgedForwardedForDoesNotResetTheCount() {
		String user = newAccount();
		RequestPostProcessor address = TestRequests.fromFreshAddress();
		for (int i = 0; i < 10; i++) {
			this.mvc.post()
				.uri("/login")
				.with(address)
				.with(csrf())
				.header("X-Forwarded-For", "203.0.113." + i)
				.param("username", user)
				.param("password", "wrong")
				.exchange();
		}
		assertThat(this.mvc.post()
			.uri("/login")
			.with(address)
			.with(csrf())
			.header("X-Forwarded-For", "198.51.100.7")
			.param("username", user)
			.param("password", PASSWORD)).hasRedirectedUrl("/login?locked");
	}

	@Test
	void unknownUsersGetTheSameAnswersAsKnownOnes() {
		String known = newAccount();
		String unknown = "no-such-user-" + UUID.randomUUID();
		RequestPostProcessor address = TestRequests.fromFreshAddress();
		// each account is checked right after its tenth failure: the first wait is a
		// second
		for (int i = 0; i < 10; i++) {
			assertThat(login(unknown, "whatever", address)).hasRedirectedUrl("/login?error");
		}
		assertThat(login(unknown, "whatever", address)).hasRedirectedUrl("/login?locked");
		for (int i = 0; i < 10; i++) {
			assertThat(login(known, "not-the-password", address)).hasRedirectedUrl("/login?error");
		}
		assertThat(login(known, "not-the-password", address)).hasRedirectedUrl("/login?locked");
	}

	@Test
	void tokenEndpointAnswers429WithTheWaitWhenDelayed() {
		RequestPostProcessor address = TestRequests.fromFreshAddress();
		String user = "api-ghost-" + UUID.randomUUID();
		for (int i = 0; i < 10; i++) {
			assertThat(tokenRequest(user, "wrong", address)).hasStatus(401);
		}
		MvcTestResult delayed = tokenRequest(user, "wrong", address);
		assertThat(delayed).hasStatus(429).headers().containsHeader("Retry-After");
		assertThat(Long.parseLong(delayed.getResponse().getHeader("Retry-After"))).isBetween(1L, 900L);
	}

	@Test
	void anAdminClearsTheDelaysOfAnAccountAndItIsAudited() {
		String user = newAccount();
		UUID id = this.users.findByUsernameIgnoreCase(user).orElseThrow().id();
		RequestPostProcessor address = TestRequests.fromFreshAddress();
		for (int i = 0; i < 10; i++) {
			login(user, "wrong-" + i, address);
		}
		assertThat(login(user, PASSWORD, address)).hasRedirectedUrl("/login?locked");

		assertThat(this.mvc.post().uri("/admin/users/{id}/unlock", id).with(as("chair.tj")).with(csrf()))
			.hasStatus(403);
		assertThat(this.mvc.post().uri("/admin/users/{id}/unlock", id).with(as("admin"))).hasStatus(403);
		assertThat(this.mvc.get().uri("/admin/users?q=" + user).with(as("admin"))).bodyText()
			.contains("Clear sign-in delays");
		assertThat(this.mvc.post().uri("/admin/users/{id}/unlock", id).with(as("admin")).with(csrf()))
			.hasRedirectedUrl("/admin/users?unlocked");

		assertThat(login(user, PASSWORD, address)).hasRedirectedUrl("/");
		assertThat(this.audit.findAll()).anySatisfy((entry) -> {
			assertThat(entry.recordId()).isEqualTo(id);
			assertThat(entry.action()).isEqualTo("sign-in-unlocked");
			assertThat(entry.actor()).isEqualTo("admin");
		});
	}

	private String newAccount() {
		String user = "lockable-" + UUID.randomUUID().toString().substring(0, 8);
		TestAccounts.open(this.context, user, null, "en", PASSWORD);
		return user;
	}

	private MvcTestResult login(String username, String password, RequestPostProcessor address) {
		return this.mvc.post()
			.uri("/login")
			.with(address)
			.with(csrf())
			.param("username", username)
			.param("password", password)
			.exchange();
	}

	private MvcTestResult tokenRequest(String username, String password, RequestPostProcessor address) {
		return this.mvc.post()
			.uri("/api/v1/auth/token")
			.with(address)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"username\":\"" + username + "\",\"password\":\"" + password + "\"}")
			.exchange();
	}

}
