package org.hamkori.accounts;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Through a real Tomcat, whose URL decoding is the one an attacker meets: after ten
 * failures no spelling of the login URL ({@code /l%6fgin}, {@code //login},
 * {@code /login;x}, ...) signs in with the right password or lets wrong ones be tried,
 * although {@code /l%6fgin} is a working login URL when the account is not delayed.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class LoginThrottleHttpTests {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	private static final String PASSWORD = "samarkand blue tiles at dawn";

	private static final List<String> SPELLINGS = List.of("/l%6fgin", "/%6c%6f%67%69%6e", "//login", "/login;x",
			"/login/", "/./login", "/x/../login", "/login?", "/LOGIN", "/l%6Fgin;jsessionid=1");

	@LocalServerPort
	int port;

	@Autowired
	org.springframework.context.ApplicationContext context;

	@Autowired
	AccountManagement accounts;

	@Autowired
	LoginThrottle throttle;

	private HttpClient client = newClient();

	private static HttpClient newClient() {
		return HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
	}

	@AfterEach
	void forgetTheServerAddress() {
		// every request here comes from 127.0.0.1, like those of other real-server tests
		this.throttle.clear();
	}

	@Test
	void noSpellingOfTheLoginUrlEscapesTheThrottle() throws Exception {
		String user = "http-lock-" + UUID.randomUUID().toString().substring(0, 8);
		TestAccounts.open(this.context, user, null, "en", PASSWORD);
		assertThat(location(post("/l%6fgin", user, PASSWORD, csrf()))).as("/l%6fgin is a live login URL").endsWith("/");
		assertThat(signedIn()).isTrue();

		this.client = newClient();
		String csrf = csrf();
		for (int i = 0; i < 10; i++) {
			assertThat(location(post("/login", user, "wrong-" + i, csrf))).endsWith("/login?error");
		}
		assertThat(location(post("/l%6fgin", user, PASSWORD, csrf))).endsWith("/login?locked");
		// the first wait is a second; make it minutes so the slower checks below hold
		for (int i = 0; i < 12; i++) {
			this.throttle.failed(user, "127.0.0.1");
		}
		for (String spelling : SPELLINGS) {
			HttpResponse<String> right = post(spelling, user, PASSWORD, csrf);
			assertThat(location(right)).as(spelling + " with the right password").doesNotEndWith("/");
			assertThat(signedIn()).as(spelling + " signed in").isFalse();
			HttpResponse<String> wrong = post(spelling, user, "another guess", csrf);
			assertThat(location(wrong)).as(spelling + " with a wrong password").doesNotEndWith("/login?error");
		}
		assertThat(location(post("/l%6fgin", user, PASSWORD, csrf))).endsWith("/login?locked");
	}

	private boolean signedIn() throws Exception {
		HttpResponse<String> profile = this.client.send(
				HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + "/profile")).build(),
				HttpResponse.BodyHandlers.ofString());
		return profile.statusCode() == 200;
	}

	private String csrf() throws Exception {
		HttpResponse<String> page = this.client.send(
				HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + "/login")).build(),
				HttpResponse.BodyHandlers.ofString());
		Matcher matcher = CSRF.matcher(page.body());
		assertThat(matcher.find()).as("the login form's CSRF token").isTrue();
		return matcher.group(1);
	}

	private HttpResponse<String> post(String path, String username, String password, String csrf) throws Exception {
		String form = "username=" + URLEncoder.encode(username, StandardCharsets.UTF_8) + "&password="
				+ URLEncoder.encode(password, StandardCharsets.UTF_8) + "&_csrf="
				+ URLEncoder.encode(csrf, StandardCharsets.UTF_8);
		return this.client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + path))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	private static String location(HttpResponse<String> response) {
		return response.headers().firstValue("Location").orElse("(status " + response.statusCode() + ")");
	}

}
