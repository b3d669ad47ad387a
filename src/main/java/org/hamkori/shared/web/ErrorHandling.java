package org.hamkori.shared.web;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;

import org.hamkori.shared.settings.HamkoriSettings;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.util.unit.DataSize;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
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

	private final MessageSource messages;

	private final long maxUpload;

	ErrorHandling(MessageSource messages, HamkoriSettings settings) {
		this.messages = messages;
		this.maxUpload = settings.files().maxSize().toMegabytes();
	}

	@ExceptionHandler({ NotFoundException.class, MethodArgumentTypeMismatchException.class })
	Object notFound(HttpServletRequest request) {
		return respond(request, HttpStatus.NOT_FOUND, "error.404");
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

	private Object respond(HttpServletRequest request, HttpStatus status, String key, Object... arguments) {
		Locale locale = RequestContextUtils.getLocale(request);
		String text = this.messages.getMessage(key, arguments, locale);
		if (isApi(request)) {
			ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, text);
			return ResponseEntity.status(status).body(problem);
		}
		ModelAndView page = new ModelAndView("error");
		page.setStatus(status);
		page.addObject("status", status.value());
		page.addObject("detail", text);
		page.addObject("signedIn", LayoutModel.signedIn(request));
		page.addObject("platformAdmin", LayoutModel.platformAdmin(request));
		return page;
	}

	static boolean isApi(HttpServletRequest request) {
		return request.getRequestURI().startsWith(request.getContextPath() + "/api/");
	}

}
