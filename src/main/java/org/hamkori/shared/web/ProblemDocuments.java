package org.hamkori.shared.web;

import java.net.URI;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.server.ServerHttpRequest;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseBodyAdvice;

/**
 * One shape for every problem document, whoever wrote it (Hamkori's handlers, Spring's
 * own, the container's error path): {@code type} always present ({@code about:blank}
 * unless a handler says more), a {@code title} in the caller's language when the handler
 * left Spring's English status phrase, and a stable {@code code} ({@code error.<status>}
 * unless the handler named the rule refused; {@link ApiProblems}).
 */
@ControllerAdvice
class ProblemDocuments implements ResponseBodyAdvice<Object> {

	static final URI BLANK = URI.create("about:blank");

	private final MessageSource messages;

	ProblemDocuments(MessageSource messages) {
		this.messages = messages;
	}

	@Override
	public boolean supports(MethodParameter returnType, Class<? extends HttpMessageConverter<?>> converterType) {
		return true;
	}

	@Override
	public Object beforeBodyWrite(Object body, MethodParameter returnType, MediaType selectedContentType,
			Class<? extends HttpMessageConverter<?>> selectedConverterType, ServerHttpRequest request,
			ServerHttpResponse response) {
		if (body instanceof ProblemDetail problem) {
			if (problem.getType() == null) {
				problem.setType(BLANK);
			}
			if (problem.getProperties() == null || !problem.getProperties().containsKey(ApiProblems.CODE)) {
				// Spring's and the container's refusals: the status's own key
				problem.setProperty(ApiProblems.CODE, "error." + problem.getStatus());
			}
			HttpStatus status = HttpStatus.resolve(problem.getStatus());
			if (status != null && (problem.getTitle() == null || problem.getTitle().equals(status.getReasonPhrase()))) {
				String series = (status.is5xxServerError()) ? "error.500.title" : "error.4xx.title";
				String fallback = this.messages.getMessage(series, null, status.getReasonPhrase(),
						LocaleContextHolder.getLocale());
				problem.setTitle(this.messages.getMessage("error." + status.value() + ".title", null, fallback,
						LocaleContextHolder.getLocale()));
			}
			if (status != null && problem.getDetail() == null) {
				String series = (status.is5xxServerError()) ? "error.500" : "error.4xx";
				problem.setDetail(this.messages.getMessage("error." + status.value(), null,
						this.messages.getMessage(series, null, LocaleContextHolder.getLocale()),
						LocaleContextHolder.getLocale()));
			}
		}
		return body;
	}

}
