package org.hamkori.shared.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletResponse;
import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The body limit counts what is read, not what the request declares: a chunked body (no
 * {@code Content-Length}) over the limit ends with 413 whether the reader lets the
 * failure through or turns it into its own answer, through the stream and the reader
 * alike, while multipart bodies keep their larger limit.
 */
class RequestSizeLimitTests {

	private static final int LIMIT = 1024;

	private final RequestSizeLimit filter = new RequestSizeLimit(LIMIT, 10 * LIMIT);

	@Test
	void aChunkedBodyOverTheLimitGets413AfterAtMostTheLimitWasRead() throws Exception {
		AtomicInteger read = new AtomicInteger();
		MockHttpServletResponse response = run(chunked("application/json", 100 * LIMIT), (request, ignored) -> {
			byte[] buffer = new byte[100];
			try {
				for (int n; (n = request.getInputStream().read(buffer)) > 0;) {
					read.addAndGet(n);
				}
			}
			catch (RuntimeException ex) {
				throw new IllegalStateException("the reader's failure", ex);
			}
		});
		assertThat(response.getStatus()).isEqualTo(413);
		assertThat(read.get()).isLessThanOrEqualTo(LIMIT);
	}

	@Test
	void aReaderThatAnswersItselfIsOverruledWith413() throws Exception {
		MockHttpServletResponse response = run(chunked("application/json", 100 * LIMIT), (request, answer) -> {
			try {
				request.getReader().transferTo(java.io.Writer.nullWriter());
			}
			catch (RuntimeException ex) {
				((HttpServletResponse) answer).sendError(400);
			}
		});
		assertThat(response.getStatus()).isEqualTo(413);
	}

	@Test
	void aBodyWithinTheLimitIsReadWhole() throws Exception {
		AtomicInteger read = new AtomicInteger();
		MockHttpServletResponse response = run(chunked("application/json", LIMIT),
				(request, ignored) -> read.set(request.getInputStream().readAllBytes().length));
		assertThat(response.getStatus()).isEqualTo(200);
		assertThat(read.get()).isEqualTo(LIMIT);
	}

	@Test
	void aMultipartBodyHasItsOwnLargerLimit() throws Exception {
		AtomicInteger read = new AtomicInteger();
		MockHttpServletResponse response = run(chunked("multipart/form-data; boundary=x", 5 * LIMIT),
				(request, ignored) -> read.set(request.getInputStream().readAllBytes().length));
		assertThat(response.getStatus()).isEqualTo(200);
		assertThat(read.get()).isEqualTo(5 * LIMIT);
		assertThat(run(chunked("multipart/form-data; boundary=x", 11 * LIMIT),
				(request, ignored) -> request.getInputStream().readAllBytes())
			.getStatus()).isEqualTo(413);
	}

	@Test
	void aDeclaredLengthOverTheLimitIsRefusedUnread() throws Exception {
		MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/v1/auth/token");
		request.setContentType("application/json");
		request.setContent(new byte[2 * LIMIT]);
		MockHttpServletResponse response = new MockHttpServletResponse();
		this.filter.doFilter(request, response, (r, s) -> {
			throw new AssertionError("the body must not be read");
		});
		assertThat(response.getStatus()).isEqualTo(413);
	}

	private MockHttpServletResponse run(MockHttpServletRequest request, FilterChain chain)
			throws ServletException, IOException {
		MockHttpServletResponse response = new MockHttpServletResponse();
		this.filter.doFilter(request, response, chain);
		return response;
	}

	/** A request whose body comes chunked: its length is not declared. */
	private static MockHttpServletRequest chunked(String type, int size) {
		MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/v1/data-values") {

			@Override
			public int getContentLength() {
				return -1;
			}

			@Override
			public long getContentLengthLong() {
				return -1;
			}

		};
		request.addHeader("Transfer-Encoding", "chunked");
		request.setContentType(type);
		request.setCharacterEncoding(StandardCharsets.UTF_8.name());
		request.setContent("x".repeat(size).getBytes(StandardCharsets.UTF_8));
		return request;
	}

}
