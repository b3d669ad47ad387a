package org.hamkori.analytics;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * SDMX REST through a real server: Tomcat takes the filters' raw brackets
 * ({@code c[TIME_PERIOD]=}), a browser's CORS preflight is answered for any origin, and
 * the container's own refusals of {@code /sdmx/**} are problem documents too.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SdmxHttpTests {

	@LocalServerPort
	int port;

	private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

	private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
		return this.client.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	private HttpRequest.Builder to(String path) {
		return HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
			.timeout(Duration.ofSeconds(30));
	}

	@Test
	void rawBracketsOfAFilterReachTheService() throws Exception {
		HttpResponse<String> response = send(
				to("/sdmx/v2/data/dataflow/HAMKORI/DF_REMITTANCES/*/*?c[TIME_PERIOD]=ge:1000+le:1001&c[SEX]=_T")
					.header("Accept", "application/vnd.sdmx.data+csv;version=2.0.0"));
		// no figure lies in 1000-1001: the service's own 404, not the container's 400
		assertThat(response.statusCode()).isEqualTo(404);
		assertThat(response.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("application/problem+json"));
		assertThat(response.body()).contains("DF_REMITTANCES");
	}

	@Test
	void aBrowserOfAnyOriginMayAskWithValidators() throws Exception {
		HttpResponse<String> preflight = send(to("/sdmx/v2/structure/dataflow/HAMKORI/DF_RETURNS")
			.method("OPTIONS", HttpRequest.BodyPublishers.noBody())
			.header("Origin", "https://stat.example.org")
			.header("Access-Control-Request-Method", "GET")
			.header("Access-Control-Request-Headers", "if-none-match"));
		assertThat(preflight.statusCode()).isEqualTo(200);
		assertThat(preflight.headers().firstValue("Access-Control-Allow-Origin")).hasValue("*");
		HttpResponse<String> structure = send(
				to("/sdmx/v2/structure/dataflow/HAMKORI/DF_RETURNS").header("Origin", "https://stat.example.org"));
		assertThat(structure.statusCode()).isEqualTo(200);
		assertThat(structure.headers().firstValue("Access-Control-Expose-Headers").orElse(""))
			.containsIgnoringCase("ETag");
	}

	@Test
	void writesAndUnknownAddressesAreProblemDocuments() throws Exception {
		HttpResponse<String> post = send(
				to("/sdmx/v2/data/dataflow/HAMKORI/DF_REMITTANCES/*/*").POST(HttpRequest.BodyPublishers.ofString("x")));
		assertThat(post.statusCode()).isEqualTo(401);
		assertThat(post.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
		HttpResponse<String> unknown = send(to("/sdmx/v2/nothing/here"));
		assertThat(unknown.statusCode()).isEqualTo(404);
		assertThat(unknown.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
	}

}
