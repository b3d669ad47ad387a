package org.hamkori;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.stream.Stream;

import com.jayway.jsonpath.DocumentContext;
import com.jayway.jsonpath.JsonPath;
import io.swagger.v3.oas.annotations.Hidden;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Through a real server, so that the container's own error path and the security filters
 * answer as well as the controllers: every error of {@code /api/**} is one RFC 9457
 * problem document ({@code application/problem+json} with type, title, status and
 * detail), in the caller's language, never Spring's default JSON nor an HTML page. Bad
 * parameter values are 400 naming the parameter, not 404.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(ApiErrorFormatHttpTests.Failing.class)
class ApiErrorFormatHttpTests {

	@LocalServerPort
	int port;

	private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

	/** One request and what its problem document must say. */
	record Case(String method, String path, String user, String contentType, String accept, String body, int status,
			String detailContains) {

		@Override
		public String toString() {
			return this.method + " " + this.path + " -> " + this.status;
		}

	}

	static Stream<Case> cases() {
		String tj = "secretariat.tj";
		return Stream.of(
				new Case("GET", "/api/v1/actions?mechanism=CCM-TJ&status=BOGUS", tj, null, null, null, 400, "status"),
				new Case("GET", "/api/v1/actions?mechanism=CCM-TJ&owner=not-a-uuid", tj, null, null, null, 400,
						"owner"),
				new Case("GET", "/api/v1/data-values?mechanism=CCM-TJ&indicator=EMIGRANT_STOCK&from=abc", tj, null,
						null, null, 400, "from"),
				new Case("GET", "/api/v1/data-values?mechanism=CCM-TJ&indicator=EMIGRANT_STOCK&from=2020&to=99999", tj,
						null, null, null, 400, "9999"),
				new Case("GET", "/api/v1/actions", tj, null, null, null, 400, "mechanism"),
				new Case("POST", "/api/v1/auth/token", null, "application/json", null, "{not json", 400, ""),
				new Case("GET", "/api/v1/actions?mechanism=CCM-TJ", null, null, null, null, 401, "token"),
				new Case("POST", "/api/v1/auth/token", null, "application/json", null,
						"{\"username\":\"nobody.here\",\"password\":\"wrong\"}", 401, "password is wrong"),
				new Case("GET", "/api/v1/actions?mechanism=CCM-TJ", "no-such-token", null, null, null, 401, "token"),
				new Case("POST", "/api/v1/indicators", "observer.tj", "application/json", null, "{\"code\":\"X_Y\"}",
						403, "not allowed"),
				new Case("GET", "/api/v1/no-such-thing", tj, null, null, null, 404, ""),
				new Case("GET", "/api/v1/no-such-thing", tj, null, "text/html", null, 404, ""),
				new Case("GET", "/api/v1/meetings/00000000-0000-0000-0000-000000000000", tj, null, null, null, 404,
						"does not exist"),
				new Case("DELETE", "/api/v1/mechanisms", tj, null, null, null, 405, ""),
				new Case("GET", "/api/v1/mechanisms", null, null, "application/xml", null, 406, ""),
				new Case("POST", "/api/v1/auth/token", null, "text/plain", null, "secret", 415, ""),
				new Case("POST", "/api/v1/auth/token", null, "application/json", null,
						"{\"x\":\"" + "y".repeat(3_000_000) + "\"}", 413, "too large"),
				new Case("GET", Failing.PATH, tj, null, null, null, 500, "Nothing was saved"));
	}

	@ParameterizedTest
	@MethodSource("cases")
	void everyApiErrorIsAProblemDocument(Case c) throws Exception {
		HttpResponse<String> response = send(c, "en");
		assertThat(response.statusCode()).as(response.body()).isEqualTo(c.status());
		assertThat(response.headers().firstValue("Content-Type")).as(c.toString())
			.hasValueSatisfying((type) -> assertThat(type).startsWith("application/problem+json"));
		DocumentContext problem = JsonPath.parse(response.body());
		assertThat(problem.read("$.type", String.class)).isEqualTo("about:blank");
		assertThat(problem.read("$.title", String.class)).isNotBlank();
		assertThat(problem.read("$.status", Integer.class)).isEqualTo(c.status());
		assertThat(problem.read("$.detail", String.class)).isNotBlank().contains(c.detailContains());
		assertThat(problem.read("$.code", String.class)).as("a stable code").matches("[a-z0-9.-]+");
	}

	@Test
	void aBadParameterIsNamedInTheProblems() throws Exception {
		HttpResponse<String> response = send(cases().findFirst().orElseThrow(), "en");
		DocumentContext problem = JsonPath.parse(response.body());
		assertThat(problem.read("$.code", String.class)).isEqualTo("error.400.parameter");
		assertThat(problem.read("$.problems[0].field", String.class)).isEqualTo("status");
		assertThat(problem.read("$.problems[0].code", String.class)).isEqualTo("error.400.parameter");
		assertThat(problem.read("$.problems[0].message", String.class)).contains("BOGUS");
	}

	@Test
	void theRefusalOfAMissingTokenIsInTheCallersLanguageWithABearerChallenge() throws Exception {
		HttpResponse<String> response = send(
				new Case("GET", "/api/v1/actions?mechanism=CCM-TJ", null, null, null, null, 401, ""), "ru");
		assertThat(response.headers().firstValue("WWW-Authenticate"))
			.hasValueSatisfying((challenge) -> assertThat(challenge).startsWith("Bearer"));
		assertThat(JsonPath.parse(response.body()).read("$.title", String.class)).isEqualTo("Требуется вход");
		assertThat(JsonPath.parse(response.body()).read("$.detail", String.class)).contains("токен");
	}

	@Test
	void pagesKeepAnsweringNotFoundForAValueOfTheWrongType() throws Exception {
		HttpResponse<String> response = this.client
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/indicators/NO_SUCH_CODE"))
				.header("Accept", "text/html")
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(404);
		assertThat(response.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("text/html"));
	}

	private HttpResponse<String> send(Case c, String language) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + c.path()))
			.timeout(Duration.ofSeconds(60))
			.header("Accept-Language", language)
			.method(c.method(), (c.body() != null) ? HttpRequest.BodyPublishers.ofString(c.body())
					: HttpRequest.BodyPublishers.noBody());
		if (c.user() != null) {
			request.header("Authorization", "Bearer " + (c.user().contains(".") ? token(c.user()) : c.user()));
		}
		if (c.contentType() != null) {
			request.header("Content-Type", c.contentType());
		}
		if (c.accept() != null) {
			request.header("Accept", c.accept());
		}
		return this.client.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	private String token(String username) throws Exception {
		return TestRequests.apiToken(this.client, this.port, username);
	}

	/**
	 * An endpoint that fails as a bug would, for the 500 of the container's error path.
	 */
	@TestConfiguration(proxyBeanMethods = false)
	@RestController
	@Hidden
	static class Failing {

		static final String PATH = "/api/v1/test-only/failure";

		@GetMapping(PATH)
		String fail() {
			throw new IllegalStateException("a bug");
		}

	}

}
