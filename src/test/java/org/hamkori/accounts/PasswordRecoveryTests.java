package org.hamkori.accounts;

import java.util.UUID;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;

import org.hamkori.HamkoriWebTest;
import org.hamkori.TestRequests;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamkori.TestRequests.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * "Forgot password" end to end over a real SMTP server (GreenMail): the request, the
 * e-mail in the account's language, the link, the new password and the sign-in with it; a
 * used link and an expired link refused; an unknown address answered the same and sent
 * nothing; and the throttle after too many requests.
 */
@HamkoriWebTest
class PasswordRecoveryTests {

	static final String FIRST = "samarkand lantern orchard river";

	static final String SECOND = "pamir glacier teapot evening";

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	UserAccountRepository users;

	@Test
	void aForgottenPasswordIsSetAgainThroughTheLinkOnce() throws Exception {
		String mail = account("ru");
		Cookie before = TestRequests.login(this.mvc, mail, FIRST);

		assertThat(this.mvc.get().uri("/login")).bodyText().contains("href=\"/password/forgot\"");
		assertThat(forgot(mail)).hasStatusOk().bodyText().contains("id=\"password-sent\"");
		var message = AccountMailbox.nth(mail, 2);
		assertThat(message.getSubject()).isEqualTo("Hamkori: установка нового пароля");
		assertThat(AccountMailbox.text(message)).contains("60 минут");
		String link = AccountMailbox.link(message);
		String token = link.substring(link.lastIndexOf('/') + 1);
		assertThat(this.jdbc.sql("select count(*) from password_link where token_hash = ?")
			.param(token)
			.query(Integer.class)
			.single()).as("the raw token is never stored").isZero();

		assertThat(this.mvc.get().uri(link)).hasStatusOk().bodyText().contains("name=\"confirmation\"");
		assertThat(set(link, SECOND, "something else")).hasStatusOk()
			.bodyText()
			.contains("The two new passwords differ");
		assertThat(set(link, SECOND, SECOND)).hasRedirectedUrl("/login?passwordSet");

		assertThat(this.mvc.get().uri("/profile").cookie(before)).as("other sessions end").hasStatus(302);
		TestRequests.login(this.mvc, mail, SECOND);
		assertThat(TestRequests.signIn(this.mvc, mail, FIRST)).hasRedirectedUrl("/login?error");

		assertThat(this.mvc.get().uri(link)).as("a used link")
			.hasStatus(410)
			.bodyText()
			.contains("id=\"link-invalid\"");
		assertThat(set(link, FIRST, FIRST)).as("a used link").hasStatus(410);
	}

	@Test
	void anExpiredLinkIsRefused() throws Exception {
		String mail = account("en");
		forgot(mail);
		String link = AccountMailbox.link(AccountMailbox.nth(mail, 2));
		UUID user = this.users.findByUsernameIgnoreCase(mail).orElseThrow().id();
		this.jdbc.sql("update password_link set expires_at = created_at where user_id = ? and purpose = 'RESET'")
			.param(user)
			.update();
		assertThat(this.mvc.get().uri(link)).hasStatus(410).bodyText().contains("has already been used or has expired");
		assertThat(set(link, SECOND, SECOND)).hasStatus(410);
	}

	@Test
	void anUnknownAddressGetsTheSameAnswerAndNoMail() throws Exception {
		String nobody = "nobody-" + UUID.randomUUID() + "@example.org";
		String known = account("en");
		String unknownAnswer = forgot(nobody).getResponse()
			.getContentAsString()
			.replaceAll("_csrf\" value=\"[^\"]*\"", "");
		String knownAnswer = forgot(known).getResponse()
			.getContentAsString()
			.replaceAll("_csrf\" value=\"[^\"]*\"", "");
		assertThat(unknownAnswer).isEqualTo(knownAnswer).contains("id=\"password-sent\"");
		assertThat(AccountMailbox.count(nobody)).isZero();
	}

	@Test
	void tooManyRequestsForOneAddressAreThrottled() {
		String mail = account("en");
		for (int i = 0; i < FormThrottle.PER_EMAIL; i++) {
			assertThat(forgot(mail)).hasStatusOk();
		}
		assertThat(forgot(mail)).hasStatus(429).bodyText().contains("id=\"throttled\"");
		assertThat(forgot("nobody-" + UUID.randomUUID() + "@example.org")).hasStatusOk();
	}

	@Test
	void anInvalidAddressIsShownBackWithTheProblem() {
		assertThat(this.mvc.post().uri("/password/forgot?lang=tg").with(csrf()).param("email", "not-an-address"))
			.hasStatusOk()
			.bodyText()
			.contains("value=\"not-an-address\"", "aria-invalid=\"true\"");
	}

	/**
	 * An account named by a new e-mail address, its password set through its welcome
	 * link.
	 */
	private String account(String language) {
		String mail = "reader-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
		assertThat(this.mvc.post()
			.uri("/admin/users")
			.with(as("admin"))
			.with(csrf())
			.param("username", mail)
			.param("personId", "")
			.param("preferredLanguage", language)).hasRedirectedUrl("/admin/users?created");
		try {
			assertThat(set(AccountMailbox.link(AccountMailbox.nth(mail, 1)), FIRST, FIRST))
				.hasRedirectedUrl("/login?passwordSet");
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
		return mail;
	}

	private MvcTestResult forgot(String mail) {
		return this.mvc.post()
			.uri("/password/forgot")
			.with(TestRequests.fromFreshAddress())
			.with(csrf())
			.param("email", mail)
			.exchange();
	}

	private MvcTestResult set(String link, String password, String confirmation) {
		return TestRequests.choosePassword(this.mvc, link, password, confirmation);
	}

}
