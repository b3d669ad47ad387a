package org.hamkori;

import java.util.concurrent.atomic.AtomicInteger;

import jakarta.servlet.http.Cookie;

import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/** Request helpers shared by web tests. */
public final class TestRequests {

	private static final AtomicInteger ADDRESSES = new AtomicInteger(1);

	private static final int PREFIX = new java.security.SecureRandom().nextInt(250);

	private TestRequests() {
	}

	/** Acts as a demo account; rights are resolved from its real memberships. */
	public static RequestPostProcessor as(String username) {
		return user(username).roles("USER");
	}

	/**
	 * A client address no other test uses, so throttling in one test cannot lock out
	 * another.
	 */
	public static RequestPostProcessor fromFreshAddress() {
		String address = "10.77." + (ADDRESSES.get() / 250) + "." + (ADDRESSES.getAndIncrement() % 250 + 1);
		return (request) -> {
			request.setRemoteAddr(address);
			return request;
		};
	}

	/**
	 * One attempt at the real login form from a fresh address, whatever its outcome.
	 */
	public static MvcTestResult signIn(MockMvcTester mvc, String username, String password) {
		return mvc.post()
			.uri("/login")
			.with(fromFreshAddress())
			.with(csrf())
			.param("username", username)
			.param("password", password)
			.exchange();
	}

	/**
	 * Posts a new password, and its confirmation, to a single-use password link.
	 */
	public static MvcTestResult choosePassword(MockMvcTester mvc, String link, String password, String confirmation) {
		return mvc.post()
			.uri(link)
			.with(csrf())
			.param("password", password)
			.param("confirmation", confirmation)
			.exchange();
	}

	/**
	 * Logs in through the real login form from a fresh address and returns the session
	 * cookie.
	 */
	public static Cookie login(MockMvcTester mvc, String username, String password) {
		MvcTestResult result = signIn(mvc, username, password);
		// signed in: "My work" for those with seats, the list of mechanisms for the
		// others
		assertThat(result.getResponse().getRedirectedUrl()).matches("/|/my-work");
		Cookie cookie = result.getResponse().getCookie("SESSION");
		assertThat(cookie).as("session cookie").isNotNull();
		assertThat(result.getResponse().getHeaders("Set-Cookie")).anySatisfy(
				(header) -> assertThat(header).startsWith("SESSION=").contains("HttpOnly").contains("SameSite=Lax"));
		return cookie;
	}

	/** A short-lived API token of a demo account, through the password grant. */
	public static String apiToken(MockMvcTester mvc, String username) {
		MvcTestResult result = mvc.post()
			.uri("/api/v1/auth/token")
			.with(fromFreshAddress())
			.contentType(org.springframework.http.MediaType.APPLICATION_JSON)
			.content("{\"username\":\"" + username + "\",\"password\":\"hamkori-demo\"}")
			.exchange();
		assertThat(result).hasStatusOk();
		String body = new String(result.getResponse().getContentAsByteArray(), java.nio.charset.StandardCharsets.UTF_8);
		return com.jayway.jsonpath.JsonPath.read(body, "$.token");
	}

	/** The same through a real server on {@code port}. */
	public static String apiToken(java.net.http.HttpClient client, int port, String username) throws Exception {
		java.net.http.HttpResponse<String> response = client.send(java.net.http.HttpRequest
			.newBuilder(java.net.URI.create("http://localhost:" + port + "/api/v1/auth/token"))
			.header("Content-Type", "application/json")
			.POST(java.net.http.HttpRequest.BodyPublishers
				.ofString("{\"username\":\"" + username + "\",\"password\":\"hamkori-demo\"}"))
			.build(), java.net.http.HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		return com.jayway.jsonpath.JsonPath.read(response.body(), "$.token");
	}

	public static RequestPostProcessor from(String address) {
		return (request) -> {
			request.setRemoteAddr(address);
			return request;
		};
	}

}
