package org.hamkori.accounts;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;

import org.hamkori.HamkoriWebTest;
import org.hamkori.TestClock;
import org.hamkori.TestRequests;
import org.hamkori.directory.Directory;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamkori.TestRequests.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * When the phone is lost: enrolling shows ten recovery codes once and stores only their
 * hashes; a code signs in once; new codes kill the old ones; five wrong codes make the
 * account wait (429, in the visitor's language); and an admin can turn the second factor
 * off, behind a confirmation page, audited.
 */
@HamkoriWebTest
class SecondFactorRecoveryTests {

	static final String PASSWORD = TwoFactorTests.PASSWORD;

	@Autowired
	MockMvcTester mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	Directory directory;

	@Autowired
	JdbcClient jdbc;

	@Test
	void recoveryCodesAreShownOnceAndSignInOnceEach() throws Exception {
		Enrolled me = enrol();
		assertThat(me.codes()).hasSize(10)
			.doesNotHaveDuplicates()
			.allMatch((c) -> c.matches("[a-z2-9]{5}-[a-z2-9]{5}"));
		assertThat(this.mvc.get().uri("/profile/two-factor").cookie(me.session())).bodyText()
			.as("shown once")
			.doesNotContain("id=\"recovery-codes\"", me.codes().get(0))
			.contains("id=\"codes-left\"");
		List<String> hashes = this.jdbc.sql("select code_hash from recovery_code where user_id = ?")
			.param(me.id())
			.query(String.class)
			.list();
		assertThat(hashes).hasSize(10).noneMatch((h) -> me.codes().stream().anyMatch(h::contains));

		assertThat(codeStep(me, me.codes().get(0))).as("a recovery code instead of the app's")
			.hasStatus3xxRedirection();
		assertThat(codeStep(me, me.codes().get(0))).as("but only once")
			.hasStatusOk()
			.bodyText()
			.contains("id=\"code-wrong\"");
		assertThat(this.jdbc.sql("select count(*) from recovery_code where user_id = ? and used_at is null")
			.param(me.id())
			.query(Integer.class)
			.single()).isEqualTo(9);

		MvcTestResult regenerated = this.mvc.post()
			.uri("/profile/two-factor/recovery-codes")
			.cookie(me.session())
			.with(csrf())
			.param("code", TwoFactorTests.code(me.secret()))
			.exchange();
		assertThat(regenerated).hasRedirectedUrl("/profile/two-factor?regenerated");
		@SuppressWarnings("unchecked")
		List<String> fresh = (List<String>) regenerated.getMvcResult().getFlashMap().get("recoveryCodes");
		assertThat(fresh).hasSize(10).doesNotContainAnyElementsOf(me.codes());
		assertThat(codeStep(me, me.codes().get(1))).as("old codes die").bodyText().contains("id=\"code-wrong\"");
		assertThat(codeStep(me, fresh.get(0).toUpperCase(Locale.ROOT).replace("-", " "))).hasStatus3xxRedirection();
		assertThat(audited(me.id(), "recovery-codes-regenerated")).isEqualTo(1);
	}

	@Test
	void fiveWrongCodesMakeTheAccountWait() throws Exception {
		Enrolled me = enrol();
		Cookie halfway = password(me);
		for (int i = 0; i < CodeThrottle.FREE; i++) {
			assertThat(this.mvc.post()
				.uri("/login/code")
				.cookie(halfway)
				.with(csrf())
				.with(TestRequests.fromFreshAddress())
				.param("code", TwoFactorTests.wrong(me.secret()))).hasStatusOk()
				.bodyText()
				.contains("id=\"code-wrong\"");
		}
		MvcTestResult refused = this.mvc.post()
			.uri("/login/code")
			.cookie(halfway)
			.with(csrf())
			.with(TestRequests.fromFreshAddress())
			.locale(Locale.forLanguageTag("ru"))
			.param("code", TwoFactorTests.code(me.secret()))
			.exchange();
		assertThat(refused).as("even the right code waits, from any address").hasStatus(429);
		assertThat(refused).bodyText().contains("id=\"code-wait\"", "Слишком много неверных кодов", "30");
		assertThat(refused.getResponse().getHeader("Retry-After")).isEqualTo("30");
		assertThat(this.mvc.get().uri("/profile").cookie(halfway)).as("not signed in").hasStatus(302);
		assertThat(this.mvc.post()
			.uri("/profile/two-factor/disable")
			.cookie(me.session())
			.with(csrf())
			.param("code", TwoFactorTests.code(me.secret()))).as("nor turned off").hasStatus(429);
	}

	@Test
	void theWaitStartsAtThirtySecondsAndDoublesUpToFifteenMinutes() {
		LoginThrottleDelayTests.MovableClock clock = new LoginThrottleDelayTests.MovableClock(TestClock.instant());
		CodeThrottle throttle = new CodeThrottle(clock);
		UUID account = UUID.randomUUID();
		for (int i = 0; i < 4; i++) {
			throttle.failed(account);
		}
		assertThat(throttle.delay(account)).isZero();
		throttle.failed(account);
		assertThat(throttle.delay(account)).isEqualTo(Duration.ofSeconds(30));
		clock.advance(Duration.ofSeconds(30));
		assertThat(throttle.delay(account)).isZero();
		throttle.failed(account);
		assertThat(throttle.delay(account)).isEqualTo(Duration.ofMinutes(1));
		for (int i = 0; i < 10; i++) {
			throttle.failed(account);
		}
		assertThat(throttle.delay(account)).isEqualTo(Duration.ofMinutes(15));
		throttle.succeeded(account);
		assertThat(throttle.delay(account)).isZero();
	}

	@Test
	void anAdminResetsALostSecondFactorAfterConfirming() throws Exception {
		Enrolled me = enrol();
		String page = "/admin/users/" + me.id() + "/two-factor/reset";
		assertThat(this.mvc.get().uri(page).with(as("secretariat.tj"))).hasStatus(403);
		assertThat(this.mvc.post().uri(page).with(as("secretariat.tj")).with(csrf())).hasStatus(403);
		assertThat(this.mvc.get().uri(page).with(as("admin"))).hasStatusOk()
			.bodyText()
			.contains(me.username(), "action=\"" + page + "\"");
		assertThat(this.mvc.post().uri(page).with(as("admin")).with(csrf()))
			.hasRedirectedUrl("/admin/users?factorReset");
		assertThat(this.jdbc.sql("select totp_secret from app_user where id = ?")
			.param(me.id())
			.query((rs, n) -> java.util.Optional.ofNullable(rs.getString(1)))
			.single()).isEmpty();
		assertThat(this.jdbc.sql("select count(*) from recovery_code where user_id = ?")
			.param(me.id())
			.query(Integer.class)
			.single()).isZero();
		assertThat(audited(me.id(), "second-factor-reset")).isEqualTo(1);
		assertThat(this.mvc.get().uri(page).with(as("admin"))).bodyText().contains("id=\"no-second-factor\"");
		TestRequests.login(this.mvc, me.username(), PASSWORD);
	}

	record Enrolled(UUID id, String username, String secret, List<String> codes, Cookie session) {
	}

	private Enrolled enrol() throws Exception {
		String username = "recovery-" + UUID.randomUUID().toString().substring(0, 8);
		UUID person = this.directory.personByEmail("m.kassymova@iom.example.int").orElseThrow().id();
		UUID id = TestAccounts.open(this.context, username, person, "en", PASSWORD);
		Cookie session = TestRequests.login(this.mvc, username, PASSWORD);
		MvcTestResult page = this.mvc.get().uri("/profile/two-factor").cookie(session).exchange();
		Matcher found = Pattern.compile("<code id=\"secret\">([A-Z2-7]+)</code>")
			.matcher(page.getResponse().getContentAsString());
		assertThat(found.find()).isTrue();
		String secret = found.group(1);
		MvcTestResult enabled = this.mvc.post()
			.uri("/profile/two-factor/enable")
			.cookie(session)
			.with(csrf())
			.param("code", TwoFactorTests.code(secret))
			.exchange();
		assertThat(enabled).hasRedirectedUrl("/profile/two-factor?enabled");
		@SuppressWarnings("unchecked")
		List<String> codes = (List<String>) enabled.getMvcResult().getFlashMap().get("recoveryCodes");
		assertThat(this.mvc.get()
			.uri("/profile/two-factor?enabled")
			.cookie(session)
			.flashAttrs(Map.of("recoveryCodes", codes))).bodyText().contains("id=\"recovery-codes\"", codes.get(9));
		return new Enrolled(id, username, secret, codes, session);
	}

	private Cookie password(Enrolled me) {
		MvcTestResult password = this.mvc.post()
			.uri("/login")
			.with(TestRequests.fromFreshAddress())
			.with(csrf())
			.param("username", me.username())
			.param("password", PASSWORD)
			.exchange();
		assertThat(password).hasRedirectedUrl("/login/code");
		return password.getResponse().getCookie("SESSION");
	}

	private MvcTestResult codeStep(Enrolled me, String code) {
		return this.mvc.post().uri("/login/code").cookie(password(me)).with(csrf()).param("code", code).exchange();
	}

	private int audited(UUID id, String action) {
		return this.jdbc.sql("select count(*) from audit_entry where record_id = ? and action = ?")
			.params(id, action)
			.query(Integer.class)
			.single();
	}

}
