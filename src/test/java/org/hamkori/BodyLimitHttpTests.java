package org.hamkori;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Through a real server: a request body sent chunked (no {@code Content-Length}) is
 * counted as it is read, so a huge one gets 413 long before it has all been read, on the
 * open token endpoint as on the data-values API; the API checks the caller's right to
 * report before it reads the body at all; and a small chunked body still works.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class BodyLimitHttpTests {

	private static final long HUGE = 256L * 1024 * 1024;

	private static final long READ_AT_MOST = 32L * 1024 * 1024;

	@LocalServerPort
	int port;

	private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

	@Test
	void theTokenEndpointRefusesAHugeChunkedBodyWithoutReadingItAll() throws Exception {
		AtomicLong sent = new AtomicLong();
		assertThat(status("/api/v1/auth/token", null, body("{\"username\":\"", 'x', HUGE, sent))).isEqualTo(413);
		assertThat(sent.get()).as("bytes the client was asked for").isLessThan(READ_AT_MOST);
	}

	@Test
	void theDataValuesApiRefusesAHugeChunkedBody() throws Exception {
		String token = token("secretariat.tj");
		AtomicLong sent = new AtomicLong();
		assertThat(status("/api/v1/data-values", token, body("{\"values\":[{\"note\":\"", 'x', HUGE, sent)))
			.isEqualTo(413);
		assertThat(sent.get()).isLessThan(READ_AT_MOST);
	}

	@Test
	void theDataValuesApiChecksTheRightToReportBeforeReadingTheBody() throws Exception {
		String token = token("observer.tj");
		assertThat(get("/api/v1/obligations", token).body()).isEqualTo("[]");
		AtomicLong sent = new AtomicLong();
		assertThat(status("/api/v1/data-values", token, body("not json at all ", 'x', HUGE, sent))).isEqualTo(403);
		assertThat(sent.get()).isLessThan(READ_AT_MOST);
	}

	@Test
	void aSmallChunkedBodyIsStillRead() throws Exception {
		String token = token("secretariat.tj");
		HttpResponse<String> response = send("/api/v1/data-values", token, body("{}", ' ', 1000, new AtomicLong()));
		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.body()).contains("\"status\":400");
	}

	/**
	 * The status of the answer to a body the server will not read to its end. The server
	 * closes the connection after answering, so the client may fail while it still sends;
	 * the status seen before that is what counts.
	 */
	private int status(String path, String token, InputStream body) throws Exception {
		AtomicInteger status = new AtomicInteger();
		try {
			this.client.send(request(path, token, body), (info) -> {
				status.set(info.statusCode());
				return HttpResponse.BodySubscribers.discarding();
			});
		}
		catch (IOException ex) {
			assertThat(status.get()).as("a status before the connection closed: %s", ex).isPositive();
		}
		return status.get();
	}

	private HttpResponse<String> send(String path, String token, InputStream body) throws Exception {
		return this.client.send(request(path, token, body), HttpResponse.BodyHandlers.ofString());
	}

	private HttpRequest request(String path, String token, InputStream body) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
			.timeout(Duration.ofSeconds(60))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofInputStream(() -> body));
		if (token != null) {
			request.header("Authorization", "Bearer " + token);
		}
		return request.build();
	}

	private HttpResponse<String> get(String path, String token) throws Exception {
		return this.client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
			.header("Authorization", "Bearer " + token)
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	private String token(String username) throws Exception {
		return TestRequests.apiToken(this.client, this.port, username);
	}

	/**
	 * A body of unknown length: a start, then {@code size} copies of one character, made
	 * as the client asks for them and counted.
	 */
	private static InputStream body(String start, char fill, long size, AtomicLong sent) {
		byte[] head = start.getBytes(StandardCharsets.UTF_8);
		return new InputStream() {

			private long position;

			@Override
			public int read() {
				byte[] one = new byte[1];
				return (read(one, 0, 1) < 0) ? -1 : one[0];
			}

			@Override
			public int read(byte[] buffer, int offset, int length) {
				long total = head.length + size;
				if (this.position >= total) {
					return -1;
				}
				int n = (int) Math.min(length, total - this.position);
				for (int i = 0; i < n; i++) {
					long at = this.position + i;
					buffer[offset + i] = (at < head.length) ? head[(int) at] : (byte) fill;
				}
				this.position += n;
				sent.addAndGet(n);
				return n;
			}

			@Override
			public void close() throws IOException {
			}

		};
	}

}
