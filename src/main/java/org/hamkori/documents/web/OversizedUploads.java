package org.hamkori.documents.web;

import java.io.IOException;
import java.util.Collection;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.Part;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.util.MultiValueMap;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.support.StandardMultipartHttpServletRequest;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Lets an upload over the multipart limits reach the application's clear "too large"
 * answer. Without it the first filter to read a parameter (the CSRF check) makes the
 * container parse the body, fail, and answer with its own error page. Here the body is
 * parsed before the security filters; when it is too large, the request goes on with only
 * the parameters of its URL and no parts, and reading its parts raises
 * {@link MaxUploadSizeExceededException}, which the shared error handling turns into a
 * 413 page or problem document in the user's language.
 * <p>
 * Upload forms carry their CSRF token in the body, like every form (never in the URL,
 * where access logs would keep it), so a page upload too large to read cannot show one.
 * It is forwarded instead to {@value #TOO_LARGE}, which only ever answers 413 (the
 * dispatcher fails on the unreadable parts before any handler runs) and which the
 * security rules let through without a token. API uploads go on as they are: the API has
 * no CSRF and authenticates by header.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 100)
class OversizedUploads extends OncePerRequestFilter {

	/**
	 * Where a page upload too large to read is forwarded; it answers 413, nothing else.
	 */
	static final String TOO_LARGE = "/uploads/too-large";

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String type = request.getContentType();
		if ("POST".equals(request.getMethod()) && type != null
				&& type.toLowerCase(java.util.Locale.ROOT).startsWith("multipart/")) {
			try {
				new StandardMultipartHttpServletRequest(request);
			}
			catch (MaxUploadSizeExceededException ex) {
				TooLarge tooLarge = new TooLarge(request, ex);
				if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
					chain.doFilter(tooLarge, response);
				}
				else {
					request.getRequestDispatcher(TOO_LARGE).forward(tooLarge, response);
				}
				return;
			}
		}
		chain.doFilter(request, response);
	}

	/** The request without its unreadable body: URL parameters only, and no parts. */
	static final class TooLarge extends HttpServletRequestWrapper {

		private final Map<String, String[]> parameters;

		private final MaxUploadSizeExceededException failure;

		TooLarge(HttpServletRequest request, MaxUploadSizeExceededException failure) {
			super(request);
			this.failure = failure;
			MultiValueMap<String, String> query = UriComponentsBuilder.newInstance()
				.query(request.getQueryString())
				.build()
				.getQueryParams();
			Map<String, String[]> decoded = new java.util.LinkedHashMap<>();
			query.forEach((name, values) -> decoded.put(decode(name),
					values.stream().map(TooLarge::decode).toArray(String[]::new)));
			this.parameters = Collections.unmodifiableMap(decoded);
		}

		private static String decode(String value) {
			return (value != null) ? java.net.URLDecoder.decode(value, java.nio.charset.StandardCharsets.UTF_8) : "";
		}

		@Override
		public String getParameter(String name) {
			String[] values = this.parameters.get(name);
			return (values != null && values.length > 0) ? values[0] : null;
		}

		@Override
		public Map<String, String[]> getParameterMap() {
			return this.parameters;
		}

		@Override
		public Enumeration<String> getParameterNames() {
			return Collections.enumeration(this.parameters.keySet());
		}

		@Override
		public String[] getParameterValues(String name) {
			return this.parameters.get(name);
		}

		@Override
		public Collection<Part> getParts() {
			throw this.failure;
		}

		@Override
		public Part getPart(String name) {
			throw this.failure;
		}

	}

}
