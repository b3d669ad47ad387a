package org.hamkori.shared.web;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Collection;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.context.MessageSource;
import org.springframework.core.MethodParameter;
import org.springframework.core.ResolvableType;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.server.ServerHttpRequest;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.http.server.ServletServerHttpRequest;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.servlet.mvc.method.annotation.ResponseBodyAdvice;
import org.springframework.web.servlet.support.RequestContextUtils;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Paging of every list the API answers ({@code GET /api/v1/...} whose answer is a JSON
 * array): {@code limit} items a page (1 to {@value #MAX_LIMIT}, {@value #DEFAULT_LIMIT}
 * unless asked) from an opaque {@code cursor}. The body stays the array; the headers
 * carry the size of the whole list ({@code X-Total-Count}) and the next page
 * ({@code Link: <...>; rel="next"}, absent on the last). A limit out of range or a cursor
 * that is not one Hamkori gave is refused with 400, never rewritten. The published data
 * values keep their own, larger pages.
 */
@ControllerAdvice
public class ApiLists implements ResponseBodyAdvice<Object> {

	public static final String LIMIT = "limit";

	public static final String CURSOR = "cursor";

	public static final String TOTAL_COUNT = "X-Total-Count";

	public static final int DEFAULT_LIMIT = 100;

	public static final int MAX_LIMIT = 1000;

	private static final Pattern OFFSET = Pattern.compile("offset:(\\d{1,9})");

	private static final Pattern WHOLE = Pattern.compile("\\d{1,9}");

	private final MessageSource messages;

	ApiLists(MessageSource messages) {
		this.messages = messages;
	}

	/**
	 * Whether a handler method answers a list of the API: a GET mapping whose answer (or
	 * that of its {@code ResponseEntity}) is a collection.
	 */
	public static boolean isList(java.lang.reflect.Method method) {
		if (!method.isAnnotationPresent(GetMapping.class)) {
			return false;
		}
		ResolvableType type = ResolvableType.forMethodReturnType(method);
		if (HttpEntity.class.isAssignableFrom(type.toClass())) {
			type = type.as(HttpEntity.class).getGeneric(0);
		}
		return Collection.class.isAssignableFrom(type.toClass());
	}

	@Override
	public boolean supports(MethodParameter returnType, Class<? extends HttpMessageConverter<?>> converterType) {
		return returnType.getMethod() != null && isList(returnType.getMethod());
	}

	@Override
	public Object beforeBodyWrite(Object body, MethodParameter returnType, MediaType selectedContentType,
			Class<? extends HttpMessageConverter<?>> selectedConverterType, ServerHttpRequest request,
			ServerHttpResponse response) {
		if (!(body instanceof List<?> all) || !(request instanceof ServletServerHttpRequest servlet)
				|| !ErrorHandling.isApi(servlet.getServletRequest())) {
			return body;
		}
		HttpServletRequest http = servlet.getServletRequest();
		int limit = limit(http);
		int offset = offset(http);
		int from = Math.min(offset, all.size());
		int to = (int) Math.min((long) from + limit, all.size());
		response.getHeaders().set(TOTAL_COUNT, Integer.toString(all.size()));
		if (to < all.size()) {
			String next = ServletUriComponentsBuilder.fromRequest(http)
				.replaceQueryParam(LIMIT, limit)
				.replaceQueryParam(CURSOR, cursor(to))
				.build()
				.toUriString();
			response.getHeaders().set(HttpHeaders.LINK, "<" + next + ">; rel=\"next\"");
		}
		return all.subList(from, to);
	}

	/** The opaque cursor of the page that starts at an offset. */
	static String cursor(int offset) {
		return Base64.getUrlEncoder()
			.withoutPadding()
			.encodeToString(("offset:" + offset).getBytes(StandardCharsets.US_ASCII));
	}

	private int limit(HttpServletRequest request) {
		String value = request.getParameter(LIMIT);
		if (value == null) {
			return DEFAULT_LIMIT;
		}
		int limit = WHOLE.matcher(value).matches() ? Integer.parseInt(value) : -1;
		if (limit < 1 || limit > MAX_LIMIT) {
			throw refused(request, LIMIT, "api.list.limit", MAX_LIMIT);
		}
		return limit;
	}

	private int offset(HttpServletRequest request) {
		String value = request.getParameter(CURSOR);
		if (value == null) {
			return 0;
		}
		try {
			Matcher matcher = OFFSET
				.matcher(new String(Base64.getUrlDecoder().decode(value), StandardCharsets.US_ASCII));
			if (matcher.matches()) {
				return Integer.parseInt(matcher.group(1));
			}
		}
		catch (IllegalArgumentException ex) {
			// not base64: refused below
		}
		throw refused(request, CURSOR, "api.list.cursor");
	}

	private ErrorResponseException refused(HttpServletRequest request, String parameter, String key,
			Object... arguments) {
		String message = this.messages.getMessage(key, arguments, RequestContextUtils.getLocale(request));
		return new ErrorResponseException(HttpStatus.BAD_REQUEST, ApiProblems.problem(HttpStatus.BAD_REQUEST, key,
				message, List.of(ApiProblems.field(parameter, key, message))), null);
	}

}
