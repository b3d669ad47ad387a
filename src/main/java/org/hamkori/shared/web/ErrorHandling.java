package org.hamkori.shared.web;

import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;

import org.hamkori.shared.settings.HamkoriSettings;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * Turns failures into a clear page or problem document in the viewer's language. No raw
 * exception message or stack trace ever reaches the user.
 */
@ControllerAdvice
@org.springframework.core.annotation.Order(org.springframework.core.Ordered.HIGHEST_PRECEDENCE)
class ErrorHandling {

	/** How much of an unreadable value a problem document repeats. */
	private static final int MAX_ECHO = 64;

	private final MessageSource messages;

	private final long maxUpload;

	ErrorHandling(MessageSource messages, HamkoriSettings settings) {
		this.messages = messages;
		this.maxUpload = settings.files().maxSize().toMegabytes();
	}

	@ExceptionHandler(NotFoundException.class)
	Object notFound(HttpServletRequest request) {
		return respond(request, HttpStatus.NOT_FOUND, "error.404");
	}

	/**
	 * A value that cannot be read as its type. A page answers "not found", as for a wrong
	 * address; the API answers 400 naming the query parameter, and 404 for an address
	 * whose id is no id.
	 */
	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	Object unreadable(HttpServletRequest request, MethodArgumentTypeMismatchException ex) {
		if (!isApi(request) || ex.getParameter().hasParameterAnnotation(PathVariable.class)) {
			return respond(request, HttpStatus.NOT_FOUND, "error.404");
		}
		String value = String.valueOf(ex.getValue());
		value = (value.length() > MAX_ECHO) ? value.substring(0, MAX_ECHO) + "…" : value;
		ProblemDetail problem = problem(request, HttpStatus.BAD_REQUEST, "error.400.parameter", ex.getName(), value);
		problem.setProperty(ApiProblems.PROBLEMS,
				List.of(ApiProblems.field(ex.getName(), "error.400.parameter", problem.getDetail())));
		return ApiProblems.answer(problem);
	}

	@ExceptionHandler(ForbiddenException.class)
	Object forbidden(HttpServletRequest request) {
		return respond(request, HttpStatus.FORBIDDEN, "error.403");
	}

	@ExceptionHandler(ConflictException.class)
	Object conflict(HttpServletRequest request) {
		return respond(request, HttpStatus.CONFLICT, "error.409");
	}

	@ExceptionHandler(org.springframework.dao.OptimisticLockingFailureException.class)
	Object optimisticLock(HttpServletRequest request) {
		return respond(request, HttpStatus.CONFLICT, "error.409");
	}

	/** An upload over the multipart limits: a clear message, never a container error. */
	@ExceptionHandler(MaxUploadSizeExceededException.class)
	Object uploadTooLarge(HttpServletRequest request) {
		return respond(request, HttpStatus.CONTENT_TOO_LARGE, "error.413", this.maxUpload);
	}

	/** A form or API body read past its limit, however it was framed. */
	@ExceptionHandler(RequestSizeLimit.BodyTooLargeException.class)
	Object bodyTooLarge(HttpServletRequest request, RequestSizeLimit.BodyTooLargeException ex) {
		return respond(request, HttpStatus.CONTENT_TOO_LARGE, "error.413.body", ex.limit() / 1024);
	}

	private ProblemDetail problem(HttpServletRequest request, HttpStatus status, String key, Object... arguments) {
		return ApiProblems.problem(status, key,
				this.messages.getMessage(key, arguments, RequestContextUtils.getLocale(request)));
	}

	private Object respond(HttpServletRequest request, HttpStatus status, String key, Object... arguments) {
		if (isApi(request)) {
			return ResponseEntity.status(status).body(problem(request, status, key, arguments));
		}
		Locale locale = RequestContextUtils.getLocale(request);
		String text = this.messages.getMessage(key, arguments, locale);
		ModelAndView page = new ModelAndView("error");
		page.setStatus(status);
		page.addObject("status", status.value());
		page.addObject("detail", text);
		page.addObject("signedIn", LayoutModel.signedIn(request));
		page.addObject("platformAdmin", LayoutModel.platformAdmin(request));
		return page;
	}

	static boolean isApi(HttpServletRequest request) {
		String uri = request.getRequestURI();
		return uri.startsWith(request.getContextPath() + "/api/")
				|| uri.startsWith(request.getContextPath() + "/sdmx/");
	}

}
