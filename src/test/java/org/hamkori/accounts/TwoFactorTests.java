package org.hamkori.accounts;

import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.samstevens.totp.code.DefaultCodeGenerator;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;

import org.hamkori.HamkoriWebTest;
import org.hamkori.TestClock;
import org.hamkori.TestRequests;
import org.hamkori.directory.Directory;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamkori.TestRequests.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * The optional second factor: a secretariat member enrols (QR code, key, a code from the
 * same TOTP library an app would use), then signing in asks for the code after the
 * password, a wrong code is refused, the API's password grant no longer suffices, and a
 * code turns it off again. Members without a secretariat seat cannot enrol.
 */
@HamkoriWebTest
class TwoFactorTests {

	static final String PASSWORD = "almaty mountain apple steppe";

	@Autowired
	MockMvcTester mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	Directory directory;

	@Test
	void aSecretariatMemberEnrolsAndThenSignsInWithACode() throws Exception {
		String username = "totp-" + UUID.randomUUID().toString().substring(0, 8);
		UUID person = this.directory.personByEmail("m.kassymova@iom.example.int").orElseThrow().id();
		TestAccounts.open(this.context, username, person, "en", PASSWORD);
		Cookie session = TestRequests.login(this.mvc, username, PASSWORD);

		assertThat(this.mvc.get().uri("/profile").cookie(session)).bodyText().contains("href=\"/profile/two-factor\"");
		MvcTestResult page = this.mvc.get().uri("/profile/two-factor").cookie(session).exchange();
		assertThat(page).hasStatusOk()
			.bodyText()
			.contains("src=\"data:image/png;base64,", "otpauth://totp/" + username + "?secret=", "issuer=Hamkori");
		Matcher found = Pattern.compile("<code id=\"secret\">([A-Z2-7]+)</code>")
			.matcher(page.getResponse().getContentAsString());
		assertThat(found.find()).isTrue();
		String secret = found.group(1);

		assertThat(this.mvc.post()
			.uri("/profile/two-factor/enable")
			.cookie(session)
			.with(csrf())
			.param("code", wrong(secret))).hasStatusOk().bodyText().contains("id=\"code-wrong\"");
		assertThat(this.mvc.post()
			.uri("/profile/two-factor/enable")
			.cookie(session)
			.with(csrf())
			.param("code", code(secret))).hasRedirectedUrl("/profile/two-factor?enabled");
		assertThat(this.mvc.get().uri("/profile/two-factor").cookie(session)).bodyText()
			.contains("id=\"two-factor-on\"")
			.as("the secret is never shown again")
			.doesNotContain(secret);

		MvcTestResult password = this.mvc.post()
			.uri("/login")
			.with(TestRequests.fromFreshAddress())
			.with(csrf())
			.param("username", username)
			.param("password", PASSWORD)
			.exchange();
		assertThat(password).hasRedirectedUrl("/login/code");
		Cookie halfway = password.getResponse().getCookie("SESSION");
		assertThat(this.mvc.get().uri("/profile").cookie(halfway)).as("not signed in yet").hasStatus(302);
		assertThat(this.mvc.get().uri("/login/code").cookie(halfway)).hasStatusOk()
			.bodyText()
			.contains("autocomplete=\"one-time-code\"");
		assertThat(this.mvc.post().uri("/login/code").cookie(halfway).with(csrf()).param("code", wrong(secret)))
			.hasStatusOk()
			.bodyText()
			.contains("id=\"code-wrong\"");
		assertThat(this.mvc.get().uri("/profile").cookie(halfway)).as("a wrong code signs nobody in").hasStatus(302);
		MvcTestResult signedIn = this.mvc.post()
			.uri("/login/code")
			.cookie(halfway)
			.with(csrf())
			.param("code", code(secret))
			.exchange();
		assertThat(signedIn.getResponse().getRedirectedUrl()).as("the page asked for before the code")
			.endsWith("/profile?continue");
		Cookie full = signedIn.getResponse().getCookie("SESSION");
		assertThat(full).as("a new session id after the code").isNotNull();
		assertThat(full.getValue()).isNotEqualTo(halfway.getValue());
		assertThat(this.mvc.get().uri("/profile").cookie(full)).hasStatusOk().bodyText().contains(username);

		assertThat(this.mvc.post()
			.uri("/api/v1/auth/token")
			.with(TestRequests.fromFreshAddress())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"username\":\"" + username + "\",\"password\":\"" + PASSWORD + "\"}"))
			.as("a password alone gets no API token")
			.hasStatus(401);

		assertThat(this.mvc.post()
			.uri("/profile/two-factor/disable")
			.cookie(full)
			.with(csrf())
			.param("code", code(secret))).hasRedirectedUrl("/profile/two-factor?disabled");
		TestRequests.login(this.mvc, username, PASSWORD);
	}

	@Test
	void onlySecretariatsAndAdminsEnrol() {
		assertThat(this.mvc.get().uri("/profile/two-factor").with(as("observer.tj"))).hasStatus(403);
		assertThat(this.mvc.get().uri("/profile").with(as("observer.tj"))).bodyText()
			.doesNotContain("href=\"/profile/two-factor\"");
		assertThat(this.mvc.get().uri("/login/code")).hasRedirectedUrl("/login?expired");
	}

	/** The current code, as an authenticator app computes it, on the tests' clock. */
	static String code(String secret) throws Exception {
		return new DefaultCodeGenerator().generate(secret, TestClock.instant().getEpochSecond() / 30);
	}

	/** A code that is none of the accepted ones (previous, current, next period). */
	static String wrong(String secret) throws Exception {
		long now = TestClock.instant().getEpochSecond() / 30;
		DefaultCodeGenerator codes = new DefaultCodeGenerator();
		java.util.Set<String> accepted = java.util.Set.of(codes.generate(secret, now - 1), codes.generate(secret, now),
				codes.generate(secret, now + 1));
		for (int i = 0;; i++) {
			String candidate = String.format("%06d", i);
			if (!accepted.contains(candidate)) {
				return candidate;
			}
		}
	}

}
