package org.hamkori.shared.web;

import java.net.URI;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.boot.web.error.ErrorAttributeOptions;
import org.springframework.boot.webmvc.error.ErrorAttributes;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * What the container's error path ({@code /error}) answers, in place of Spring Boot's
 * default: a problem document for anything under {@code /api/} (a refusal by the security
 * filters, a body over the size limit, a failure outside a controller), the one error
 * page for browsers, and Spring Boot's error attributes for other clients of the pages.
 */
@Controller
class ContainerErrors implements ErrorController {

	private final MessageSource messages;

	private final ErrorAttributes attributes;

	ContainerErrors(MessageSource messages, ErrorAttributes attributes) {
		this.messages = messages;
		this.attributes = attributes;
	}

	@RequestMapping("${server.error.path:${error.path:/error}}")
	Object error(HttpServletRequest request) {
		HttpStatus status = status(request);
		String uri = (String) request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
		if (uri != null && (uri.startsWith(request.getContextPath() + "/api/")
				|| uri.startsWith(request.getContextPath() + "/sdmx/"))) {
			Locale locale = RequestContextUtils.getLocale(request);
			ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail(status, locale));
			problem.setInstance(URI.create(uri));
			return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
		}
		if (wantsPage(request)) {
			ModelAndView page = new ModelAndView("error");
			page.setStatus(status);
			page.addObject("status", status.value());
			return page;
		}
		return ResponseEntity.status(status)
			.body(this.attributes.getErrorAttributes(new ServletWebRequest(request), ErrorAttributeOptions.defaults()));
	}

	private String detail(HttpStatus status, Locale locale) {
		if (status.is5xxServerError()) {
			return this.messages.getMessage("error.500", null, locale);
		}
		String key = (status == HttpStatus.CONTENT_TOO_LARGE) ? "error.413.request" : "error." + status.value();
		return this.messages.getMessage(key, null, this.messages.getMessage("error.4xx", null, locale), locale);
	}

	private static HttpStatus status(HttpServletRequest request) {
		Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
		HttpStatus status = (code instanceof Integer value) ? HttpStatus.resolve(value) : null;
		return (status != null) ? status : HttpStatus.INTERNAL_SERVER_ERROR;
	}

	/** A browser (or any client that takes HTML or anything) gets the page. */
	private static boolean wantsPage(HttpServletRequest request) {
		String accept = request.getHeader("Accept");
		if (accept == null || accept.isBlank()) {
			return true;
		}
		try {
			List<MediaType> types = MediaType.parseMediaTypes(accept);
			return types.stream().anyMatch((type) -> type.includes(MediaType.TEXT_HTML));
		}
		catch (RuntimeException ex) {
			return true;
		}
	}

}
