package org.hamkori.shared.web;

import org.springframework.http.HttpStatus;
import org.springframework.validation.BindingResult;
import org.springframework.web.server.ResponseStatusException;

/**
 * How a bound form answers a value that cannot be read as its type (an unknown status, an
 * id that is no id, a date that is no date): "not found", as a wrong address is and as
 * the same value sent as a plain request parameter always was. Rule problems are left on
 * the form for its page to show.
 */
public final class TypedInput {

	private TypedInput() {
	}

	/**
	 * @throws NotFoundException when any value of the form could not be read as its type
	 */
	public static void require(BindingResult errors) {
		if (errors.getAllErrors()
			.stream()
			.anyMatch((e) -> e.getCode() != null && e.getCode().startsWith("typeMismatch"))) {
			throw new NotFoundException();
		}
	}

	/**
	 * A value the page always sends (the version read, the page it came from), as a
	 * required request parameter was: a bad request when missing.
	 * @throws NotFoundException when any value of the form could not be read as its type
	 */
	public static <T> T required(BindingResult errors, T value) {
		require(errors);
		if (value == null) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
		}
		return value;
	}

}
