package org.hamkori.accounts;

import org.junit.jupiter.api.Test;

import org.hamkori.HamkoriWebTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamkori.TestRequests.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * The profile page explains a refused password change or token in the user's language.
 */
@HamkoriWebTest
class ProfileWebTests {

	@Autowired
	MockMvcTester mvc;

	@Test
	void showsSeatsAndAnEmptyTokenList() {
		assertThat(this.mvc.get().uri("/profile").with(as("observer.tj"))).hasStatusOk()
			.bodyText()
			.contains("CCM-TJ", "Observer");
	}

	@Test
	void explainsWhyAPasswordChangeWasRefused() {
		assertThat(this.mvc.post()
			.uri("/profile/password")
			.with(as("observer.tj"))
			.with(csrf())
			.param("current", "hamkori-demo")
			.param("replacement", "first long passphrase here")
			.param("confirmation", "second long passphrase here")).hasStatusOk()
			.bodyText()
			.contains("The two new passwords differ");
		assertThat(this.mvc.post()
			.uri("/profile/password?lang=ru")
			.with(as("observer.tj"))
			.with(csrf())
			.param("current", "wrong")
			.param("replacement", "a long enough passphrase")
			.param("confirmation", "a long enough passphrase")).hasStatusOk().bodyText().contains("Текущий пароль");
	}

	@Test
	void refusesATokenScopedToAMechanismTheUserIsNotIn() {
		assertThat(this.mvc.post()
			.uri("/profile/tokens")
			.with(as("observer.tj"))
			.with(csrf())
			.param("name", "x")
			.param("mechanismId", "00000000-0000-4000-8000-000000000101")
			.param("days", "30")).hasStatusOk().bodyText().contains("This value is not valid");
	}

}
