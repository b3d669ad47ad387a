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
 * Asking for access end to end over a real SMTP server (GreenMail): the public form, the
 * e-mail to the mechanism's secretariat, approval (a seat, an account, the link in the
 * requester's language, the password, the sign-in that shows the mechanism), and a
 * decline whose reason reaches the requester; another country's secretariat neither sees
 * nor decides the request.
 */
@HamkoriWebTest
class AccessRequestTests {

	static final String TAJIK_SECRETARIAT = "m.umarova@iom.example.int";

	static final String PASSWORD = "dushanbe walnut morning bridge";

	static final String OTHER = "khujand apricot harbour lantern";

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcClient jdbc;

	@Test
	void anApprovedRequesterSetsAPasswordAndSeesTheMechanism() throws Exception {
		String mail = "asker-" + UUID.randomUUID().toString().substring(0, 8) + "@example.tj";
		int toSecretariat = AccountMailbox.count(TAJIK_SECRETARIAT);
		assertThat(this.mvc.get().uri("/access/request")).hasStatusOk().bodyText().contains("name=\"institution\"");
		assertThat(ask(mail, "tg")).hasStatusOk().bodyText().contains("id=\"access-sent\"");

		var notice = AccountMailbox.nth(TAJIK_SECRETARIAT, toSecretariat + 1);
		assertThat(notice.getSubject()).contains("CCM-TJ");
		assertThat(AccountMailbox.text(notice)).contains("Farida Nazarova", mail, "/mechanisms/CCM-TJ/access-requests");
		UUID request = requestOf(mail);

		assertThat(this.mvc.get().uri("/mechanisms/CCM-TJ/access-requests").with(as("secretariat.kz")))
			.as("another country's secretariat")
			.hasStatus(404);
		assertThat(approve("secretariat.kz", request)).hasStatus(404);
		assertThat(this.mvc.post()
			.uri("/access-requests/" + request + "/decline")
			.with(as("secretariat.kz"))
			.with(csrf())
			.param("reason", "not ours")).hasStatus(404);
		assertThat(this.mvc.get().uri("/mechanisms/CCM-TJ/access-requests").with(as("observer.tj"))).hasStatus(404);

		assertThat(this.mvc.get().uri("/mechanisms/CCM-TJ/access-requests").with(as("secretariat.tj"))).hasStatusOk()
			.bodyText()
			.contains("Farida Nazarova", mail);
		assertThat(this.mvc.get().uri("/mechanisms/CCM-TJ").with(as("secretariat.tj"))).bodyText()
			.contains("href=\"/mechanisms/CCM-TJ/access-requests\"");
		assertThat(approve("secretariat.tj", request)).hasRedirectedUrl("/mechanisms/CCM-TJ/access-requests?approved");
		assertThat(approve("secretariat.tj", request)).as("decided once").hasStatus(404);

		var welcome = AccountMailbox.nth(mail, 1);
		assertThat(welcome.getSubject()).as("in the requester's language").isEqualTo("Hamkori: ҳисоби нави шумо");
		assertThat(this.mvc.post()
			.uri(AccountMailbox.link(welcome))
			.with(csrf())
			.param("password", PASSWORD)
			.param("confirmation", PASSWORD)).hasRedirectedUrl("/login?passwordSet");
		Cookie session = TestRequests.login(this.mvc, mail, PASSWORD);
		assertThat(this.mvc.get().uri("/profile?lang=en").cookie(session)).hasStatusOk()
			.bodyText()
			.contains("CCM-TJ", "Member");
	}

	@Test
	void theWelcomeLinkOfAnApprovedRequestWorksOnceOnly() throws Exception {
		String mail = "once-" + UUID.randomUUID().toString().substring(0, 8) + "@example.tj";
		ask(mail, "en");
		assertThat(approve("secretariat.tj", requestOf(mail)))
			.hasRedirectedUrl("/mechanisms/CCM-TJ/access-requests?approved");
		String link = AccountMailbox.link(AccountMailbox.nth(mail, 1));
		assertThat(set(link, PASSWORD)).hasRedirectedUrl("/login?passwordSet");
		TestRequests.login(this.mvc, mail, PASSWORD);

		assertThat(this.mvc.get().uri(link)).as("a reused welcome link")
			.hasStatus(410)
			.bodyText()
			.contains("id=\"link-invalid\"");
		assertThat(set(link, OTHER)).as("a reused welcome link").hasStatus(410);
		assertThat(TestRequests.signIn(this.mvc, mail, OTHER)).as("the reused link changed nothing")
			.hasRedirectedUrl("/login?error");
		TestRequests.login(this.mvc, mail, PASSWORD);
	}

	@Test
	void theWelcomeLinkOfAnApprovedRequestExpiresAfterItsLifetime() throws Exception {
		String mail = "late-" + UUID.randomUUID().toString().substring(0, 8) + "@example.tj";
		ask(mail, "en");
		assertThat(approve("secretariat.tj", requestOf(mail)))
			.hasRedirectedUrl("/mechanisms/CCM-TJ/access-requests?approved");
		var welcome = AccountMailbox.nth(mail, 1);
		assertThat(AccountMailbox.text(welcome)).contains("7");
		String link = AccountMailbox.link(welcome);
		UUID user = this.jdbc.sql("select id from app_user where username = ?").param(mail).query(UUID.class).single();
		assertThat(this.jdbc
			.sql("select count(*) from password_link where user_id = ? and purpose = 'WELCOME' and used_at is null")
			.param(user)
			.query(Integer.class)
			.single()).isEqualTo(1);
		// the link was sent eight days ago: a day past its seven-day lifetime
		java.sql.Timestamp sent = this.jdbc
			.sql("select created_at from password_link where user_id = ? and purpose = 'WELCOME'")
			.param(user)
			.query(java.sql.Timestamp.class)
			.single();
		java.time.Instant eightDaysAgo = sent.toInstant().minus(java.time.Duration.ofDays(8));
		this.jdbc
			.sql("update password_link set created_at = ?, expires_at = ? where user_id = ? and purpose = 'WELCOME'")
			.params(java.sql.Timestamp.from(eightDaysAgo),
					java.sql.Timestamp.from(eightDaysAgo.plus(PasswordLinks.Purpose.WELCOME.lifetime())), user)
			.update();
		assertThat(this.mvc.get().uri(link)).as("an expired welcome link")
			.hasStatus(410)
			.bodyText()
			.contains("has already been used or has expired");
		assertThat(set(link, PASSWORD)).as("an expired welcome link").hasStatus(410);
		assertThat(TestRequests.signIn(this.mvc, mail, PASSWORD)).as("no password was set")
			.hasRedirectedUrl("/login?error");
	}

	private MvcTestResult set(String link, String password) {
		return TestRequests.choosePassword(this.mvc, link, password, password);
	}

	@Test
	void theSecretariatFindsTheRequestUnderTheBellAndNobodyElseDoes() throws Exception {
		String mail = "bell-" + UUID.randomUUID().toString().substring(0, 8) + "@example.tj";
		ask(mail, "ru");
		UUID request = requestOf(mail);
		long deadline = System.currentTimeMillis() + 20_000;
		while (notices("secretariat.tj", request) == 0 && System.currentTimeMillis() < deadline) {
			Thread.sleep(100);
		}
		assertThat(notices("secretariat.tj", request)).isEqualTo(1);
		assertThat(this.mvc.get().uri("/notifications?lang=ru").with(as("secretariat.tj"))).hasStatusOk()
			.bodyText()
			.contains("Запрос доступа ждёт решения: " + mail, "href=\"/mechanisms/CCM-TJ/access-requests\"");
		assertThat(notices("secretariat.kz", request)).as("another country's secretariat").isZero();
		assertThat(notices("observer.tj", request)).as("a member who does not decide").isZero();
		assertThat(notices("chair.tj", request)).as("the chair does not decide").isZero();
		assertThat(this.mvc.get().uri("/notifications/preferences").with(as("secretariat.tj"))).bodyText()
			.as("a request is always told, so it offers no choice")
			.doesNotContain("name=\"ACCESS_REQUEST\"");
	}

	private long notices(String username, UUID request) {
		return this.jdbc
			.sql("select count(*) from notification n join app_user u on u.id = n.user_id"
					+ " where u.username = ? and n.record_id = ? and n.kind = 'ACCESS_REQUEST'")
			.params(username, request)
			.query(Long.class)
			.single();
	}

	@Test
	void aDeclinedRequesterReadsTheReasonInTheirLanguage() throws Exception {
		String mail = "declined-" + UUID.randomUUID().toString().substring(0, 8) + "@example.tj";
		ask(mail, "ru");
		UUID request = requestOf(mail);
		assertThat(this.mvc.post()
			.uri("/access-requests/" + request + "/decline")
			.with(as("secretariat.tj"))
			.with(csrf())
			.param("reason", "")).hasRedirectedUrl("/mechanisms/CCM-TJ/access-requests?reasonMissing=" + request);
		assertThat(this.mvc.post()
			.uri("/access-requests/" + request + "/decline")
			.with(as("secretariat.tj"))
			.with(csrf())
			.param("reason", "Ваше учреждение уже представлено в механизме."))
			.hasRedirectedUrl("/mechanisms/CCM-TJ/access-requests?declined");
		var answer = AccountMailbox.nth(mail, 1);
		assertThat(answer.getSubject()).isEqualTo("Hamkori: ваш запрос доступа к CCM-TJ");
		assertThat(AccountMailbox.text(answer)).contains("Ваше учреждение уже представлено в механизме.");
		assertThat(this.jdbc.sql("select count(*) from app_user where username = ?")
			.param(mail)
			.query(Integer.class)
			.single()).isZero();
	}

	@Test
	void anIncompleteRequestIsShownBackInTheVisitorsLanguage() {
		assertThat(this.mvc.post()
			.uri("/access/request?lang=ru")
			.with(TestRequests.fromFreshAddress())
			.with(csrf())
			.param("fullName", "")
			.param("institution", "Министерство труда")
			.param("mechanism", "CCM-TJ")
			.param("role", "MEMBER")
			.param("email", "not-an-address")
			.param("preferredLanguage", "ru")).hasStatusOk()
			.bodyText()
			.contains("value=\"Министерство труда\"", "value=\"not-an-address\"", "Это поле обязательно");
	}

	private MvcTestResult ask(String mail, String language) {
		return this.mvc.post()
			.uri("/access/request")
			.with(TestRequests.fromFreshAddress())
			.with(csrf())
			.param("fullName", "Farida Nazarova")
			.param("institution", "Ministry of Labour, Migration and Employment")
			.param("mechanism", "CCM-TJ")
			.param("role", "MEMBER")
			.param("email", mail)
			.param("preferredLanguage", language)
			.exchange();
	}

	private MvcTestResult approve(String user, UUID request) {
		UUID organisation = this.jdbc.sql("select id from organisation where acronym = 'NBT'")
			.query(UUID.class)
			.single();
		return this.mvc.post()
			.uri("/access-requests/" + request + "/approve")
			.with(as(user))
			.with(csrf())
			.param("organisationId", organisation.toString())
			.param("role", "MEMBER")
			.exchange();
	}

	private UUID requestOf(String mail) {
		return this.jdbc.sql("select id from access_request where email = ?").param(mail).query(UUID.class).single();
	}

}
