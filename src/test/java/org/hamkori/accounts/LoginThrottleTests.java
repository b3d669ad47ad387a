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
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * Ten failed logins within the window lock the account, and separately the client
 * address, for the rest of the window: even the right password is then refused. Unknown
 * users are treated like known ones, and a forged X-Forwarded-For header changes nothing.
 */
@HamkoriWebTest
class LoginThrottleTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	AccountManagement accounts;

	@Test
	void tenFailuresLockTheAccountEvenForTheRightPassword() {
		String user = "lockable-" + UUID.randomUUID().toString().substring(0, 8);
		String password = "samarkand blue tiles at dawn";
		assertThat(this.accounts.create("test", new NewUserForm(user, null, false, password, "en"))).isEmpty();
		for (int i = 0; i < 10; i++) {
			assertThat(login(user, "wrong-" + i, TestRequests.fromFreshAddress())).hasStatus(302)
				.hasRedirectedUrl("/login?error");
		}
		assertThat(login(user, password, TestRequests.fromFreshAddress())).hasRedirectedUrl("/login?locked");
		assertThat(this.mvc.get().uri("/login?locked")).bodyText().contains("Too many failed attempts");
	}

	@Test
	void tenFailuresFromOneAddressLockThatAddressForEveryAccount() {
		RequestPostProcessor address = TestRequests.fromFreshAddress();
		for (int i = 0; i < 10; i++) {
			login("nobody-" + UUID.randomUUID(), "wrong", address);
		}
		assertThat(login("secretariat.kg", "hamkori-demo", address)).hasRedirectedUrl("/login?locked");
		assertThat(login("secretariat.kg", "hamkori-demo", TestRequests.fromFreshAddress())).hasRedirectedUrl("/");
	}

	@Test
	void forgedForwardedForDoesNotResetTheCount() {
		RequestPostProcessor address = TestRequests.fromFreshAddress();
		for (int i = 0; i < 10; i++) {
			this.mvc.post()
				.uri("/login")
				.with(address)
				.with(csrf())
				.header("X-Forwarded-For", "203.0.113." + i)
				.param("username", "ghost-" + UUID.randomUUID())
				.param("password", "wrong")
				.exchange();
		}
		assertThat(this.mvc.post()
			.uri("/login")
			.with(address)
			.with(csrf())
			.header("X-Forwarded-For", "198.51.100.7")
			.param("username", "secretariat.uz")
			.param("password", "hamkori-demo")).hasRedirectedUrl("/login?locked");
	}

	@Test
	void unknownUsersGetTheSameAnswerAsWrongPasswords() {
		assertThat(login("no-such-user-" + UUID.randomUUID(), "whatever", TestRequests.fromFreshAddress()))
			.hasRedirectedUrl("/login?error");
		assertThat(login("chair.tj", "not-the-password", TestRequests.fromFreshAddress()))
			.hasRedirectedUrl("/login?error");
	}

	@Test
	void tokenEndpointAnswers429WhenLocked() {
		RequestPostProcessor address = TestRequests.fromFreshAddress();
		String user = "api-ghost-" + UUID.randomUUID();
		for (int i = 0; i < 10; i++) {
			assertThat(tokenRequest(user, "wrong", address)).hasStatus(401);
		}
		assertThat(tokenRequest(user, "wrong", address)).hasStatus(429).headers().containsHeader("Retry-After");
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
