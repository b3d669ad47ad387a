package org.hamkori.shared.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.web.filter.ShallowEtagHeaderFilter;

/**
 * Revalidation of the API's reads: every successful {@code GET /api/v1/...} carries an
 * {@code ETag} (the one an operation set, such as a record's version, or a hash of the
 * body) and answers 304 to an {@code If-None-Match} that still holds. Answers may be kept
 * by the caller only ({@code Cache-Control: private, no-cache}: asked again each time,
 * never stored by a shared cache, as they depend on who asks). Document downloads stream
 * and keep their own headers. Operations with a natural timestamp (the figures' latest
 * approval) add {@code Last-Modified} and answer {@code If-Modified-Since} themselves.
 */
@Configuration(proxyBeanMethods = false)
class ApiCaching {

	static final String CACHE_CONTROL = "private, no-cache";

	/** Streamed downloads, not held in memory to be hashed. */
	static final String DOCUMENTS = "/api/v1/documents/";

	@Bean
	FilterRegistrationBean<ApiEtags> apiEtagFilter() {
		FilterRegistrationBean<ApiEtags> registration = new FilterRegistrationBean<>(new ApiEtags());
		registration.addUrlPatterns("/api/v1/*");
		return registration;
	}

	/** Spring's ETag filter, for the API's reads other than downloads. */
	static class ApiEtags extends ShallowEtagHeaderFilter {

		@Override
		protected boolean shouldNotFilter(HttpServletRequest request) {
			return !HttpMethod.GET.matches(request.getMethod())
					|| request.getRequestURI().startsWith(request.getContextPath() + DOCUMENTS);
		}

		@Override
		protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
				FilterChain filterChain) throws ServletException, IOException {
			response.setHeader(HttpHeaders.CACHE_CONTROL, CACHE_CONTROL);
			super.doFilterInternal(request, response, filterChain);
		}

	}

}
