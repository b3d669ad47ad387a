package org.hamkori.shared.web;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ClassPathResource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Light pages over real HTTP (compression is the server's, not MockMvc's): asset links
 * carry a hash of the content and are kept a year, immutable; scripts, style sheets and
 * JSON travel gzipped; a page without charts does not load the chart library.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AssetDeliveryTests {

	private static final Pattern CSS = Pattern.compile("/css/hamkori-([0-9a-f]{32})\\.css");

	private static final Pattern HTMX = Pattern
		.compile("/webjars/htmx\\.org/2\\.0\\.4/dist/htmx\\.min-([0-9a-f]{32})\\.js");

	private final HttpClient http = HttpClient.newHttpClient();

	@LocalServerPort
	int port;

	@Test
	void assetLinksCarryTheirContentHashAndAreKeptAYearGzipped() throws Exception {
		String page = get("/mechanisms").body();
		Matcher css = CSS.matcher(page);
		Matcher htmx = HTMX.matcher(page);
		assertThat(css.find()).as("versioned style sheet link in %s", page).isTrue();
		assertThat(htmx.find()).as("versioned htmx link").isTrue();
		// links that are not assets stay as they were
		assertThat(page).contains("href=\"/organisations\"");
		// no chart on this page, so no chart library
		assertThat(page).doesNotContain("echarts", "charts.js");

		HttpResponse<byte[]> style = gzipped(css.group());
		assertThat(style.statusCode()).isEqualTo(200);
		assertThat(style.headers().firstValue("Content-Encoding")).hasValue("gzip");
		assertThat(style.headers().firstValue("Cache-Control").orElseThrow()).contains("max-age=31536000", "immutable",
				"public");
		assertThat(gunzip(style.body())).isEqualTo(classpath("static/css/hamkori.css"));

		HttpResponse<byte[]> script = gzipped(htmx.group());
		assertThat(script.statusCode()).isEqualTo(200);
		assertThat(script.headers().firstValue("Content-Encoding")).hasValue("gzip");
		assertThat(script.headers().firstValue("Content-Type").orElseThrow()).contains("javascript");
		assertThat(script.headers().firstValue("Cache-Control").orElseThrow()).contains("max-age=31536000",
				"immutable");
		// htmx is about 51 KB as is; gzipped it must be well under a third of that
		assertThat(script.body().length).isLessThan(20_000);

		// the chart library: the cut-down build, gzipped
		HttpResponse<byte[]> echarts = gzipped("/js/vendor/echarts.min.js");
		assertThat(echarts.headers().firstValue("Content-Encoding")).hasValue("gzip");
		assertThat(echarts.body().length).isLessThan(200_000);

		// a hash that is not the content's finds nothing: an old page never gets a new
		// script under an old name
		assertThat(gzipped("/css/hamkori-0123456789abcdef0123456789abcdef.css").statusCode()).isEqualTo(404);
	}

	@Test
	void jsonIsGzippedToo() throws Exception {
		HttpResponse<byte[]> api = gzipped("/v3/api-docs");
		assertThat(api.statusCode()).isEqualTo(200);
		assertThat(api.headers().firstValue("Content-Type").orElseThrow()).contains("json");
		assertThat(api.headers().firstValue("Content-Encoding")).hasValue("gzip");
		assertThat(new String(gunzip(api.body()), java.nio.charset.StandardCharsets.UTF_8)).startsWith("{");
	}

	private HttpResponse<String> get(String path) throws IOException, InterruptedException {
		return this.http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path)).build(),
				HttpResponse.BodyHandlers.ofString());
	}

	private HttpResponse<byte[]> gzipped(String path) throws IOException, InterruptedException {
		return this.http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
			.header("Accept-Encoding", "gzip")
			.build(), HttpResponse.BodyHandlers.ofByteArray());
	}

	private static byte[] gunzip(byte[] body) throws IOException {
		try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(body))) {
			return in.readAllBytes();
		}
	}

	private static byte[] classpath(String path) throws IOException {
		try (InputStream in = new ClassPathResource(path).getInputStream()) {
			return in.readAllBytes();
		}
	}

}
