package org.hamkori.shared.web;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

import org.hamkori.shared.settings.HamkoriSettings;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Keeps request bodies within their limit however they are framed: forms and JSON may be
 * at most {@code hamkori.web.max-body} (1 MB by default), multipart uploads the multipart
 * request limit. A body that declares more in {@code Content-Length} is refused with 413
 * before anything reads it; every body, chunked or not, is counted as it is read, and
 * reading past the limit fails, so the request ends with 413 after at most the limit was
 * read, whatever the code that read it made of the failure. Forms are parsed by the
 * container under its own smaller limit ({@code server.tomcat.max-http-form-post-size}).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class RequestSizeLimit extends OncePerRequestFilter {

	private final long limit;

	private final long multipartLimit;

	@Autowired
	RequestSizeLimit(HamkoriSettings settings,
			@Value("${spring.servlet.multipart.max-request-size:25MB}") DataSize multipartLimit) {
		this(settings.web().maxBody().toBytes(), multipartLimit.toBytes());
	}

	RequestSizeLimit(long limit, long multipartLimit) {
		this.limit = limit;
		this.multipartLimit = multipartLimit;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String type = request.getContentType();
		boolean multipart = type != null && type.toLowerCase(Locale.ROOT).startsWith("multipart/");
		if (!multipart && request.getContentLengthLong() > this.limit) {
			response.sendError(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
			return;
		}
		CountedBody counted = new CountedBody(request, multipart ? this.multipartLimit : this.limit);
		try {
			chain.doFilter(counted, new TooLargeOnceExceeded(response, counted));
		}
		catch (IOException | ServletException | RuntimeException ex) {
			if (!counted.exceeded || response.isCommitted()) {
				throw ex;
			}
		}
		if (counted.exceeded && !response.isCommitted()
				&& response.getStatus() != HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE) {
			response.reset();
			response.sendError(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
		}
	}

	/**
	 * Thrown by a body read past its limit. Unchecked, so that no parser takes it for a
	 * malformed body: the shared error handling answers it with 413.
	 */
	static final class BodyTooLargeException extends RuntimeException {

		private final long limit;

		BodyTooLargeException(long limit) {
			super("Request body over " + limit + " bytes");
			this.limit = limit;
		}

		long limit() {
			return this.limit;
		}

	}

	/**
	 * The response of a request whose body went over its limit answers 413, whatever
	 * status the code that caught the failure chose.
	 */
	static final class TooLargeOnceExceeded extends HttpServletResponseWrapper {

		private final CountedBody body;

		TooLargeOnceExceeded(HttpServletResponse response, CountedBody body) {
			super(response);
			this.body = body;
		}

		private int status(int status) {
			return this.body.exceeded ? SC_REQUEST_ENTITY_TOO_LARGE : status;
		}

		@Override
		public void setStatus(int status) {
			super.setStatus(status(status));
		}

		@Override
		public void sendError(int status) throws IOException {
			super.sendError(status(status));
		}

		@Override
		public void sendError(int status, String message) throws IOException {
			super.sendError(status(status), message);
		}

	}

	/**
	 * The request with its body counted as it is read, through the stream or the reader.
	 */
	static final class CountedBody extends HttpServletRequestWrapper {

		private final long limit;

		private ServletInputStream stream;

		private BufferedReader reader;

		boolean exceeded;

		CountedBody(HttpServletRequest request, long limit) {
			super(request);
			this.limit = limit;
		}

		@Override
		public ServletInputStream getInputStream() throws IOException {
			if (this.reader != null) {
				throw new IllegalStateException("getReader() has already been called");
			}
			if (this.stream == null) {
				this.stream = new CountingStream(super.getInputStream());
			}
			return this.stream;
		}

		@Override
		public BufferedReader getReader() throws IOException {
			if (this.stream != null) {
				throw new IllegalStateException("getInputStream() has already been called");
			}
			if (this.reader == null) {
				String encoding = getCharacterEncoding();
				Charset charset = (encoding != null) ? Charset.forName(encoding) : StandardCharsets.ISO_8859_1;
				this.reader = new BufferedReader(
						new InputStreamReader(new CountingStream(super.getInputStream()), charset));
			}
			return this.reader;
		}

		private final class CountingStream extends ServletInputStream {

			private final ServletInputStream in;

			private long count;

			CountingStream(ServletInputStream in) {
				this.in = in;
			}

			@Override
			public int read() throws IOException {
				int b = this.in.read();
				if (b >= 0) {
					counted(1);
				}
				return b;
			}

			@Override
			public int read(byte[] buffer, int offset, int length) throws IOException {
				int read = this.in.read(buffer, offset, length);
				if (read > 0) {
					counted(read);
				}
				return read;
			}

			private void counted(int read) {
				this.count += read;
				if (this.count > CountedBody.this.limit) {
					CountedBody.this.exceeded = true;
					throw new BodyTooLargeException(CountedBody.this.limit);
				}
			}

			@Override
			public boolean isFinished() {
				return this.in.isFinished();
			}

			@Override
			public boolean isReady() {
				return this.in.isReady();
			}

			@Override
			public void setReadListener(ReadListener listener) {
				this.in.setReadListener(listener);
			}

			@Override
			public int available() throws IOException {
				return this.in.available();
			}

			@Override
			public void close() throws IOException {
				this.in.close();
			}

		}

	}

}
