package org.hamkori.issues.web;

import java.util.Comparator;
import java.util.List;

import jakarta.validation.ConstraintViolation;

import org.hamkori.shared.web.NotFoundException;
import org.hamkori.shared.web.TypedInput;

import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.validation.ObjectError;

/**
 * Reads a bound issue form's errors the way the issue pages have always answered: a value
 * of the wrong type (an unknown status, an id that is no id) is "not found", as a wrong
 * address is; otherwise the page names the first broken rule, in the order of the form's
 * fields, by its message key.
 */
final class FormErrors {

	private FormErrors() {
	}

	/**
	 * The message key of the first broken rule, or null when there is none.
	 * @param fields the form's fields in the order the page shows them
	 * @throws NotFoundException when a value could not be read as its type
	 */
	static String problemKey(BindingResult errors, List<String> fields) {
		if (!errors.hasErrors()) {
			return null;
		}
		TypedInput.require(errors);
		List<ObjectError> all = errors.getAllErrors();
		ObjectError first = all.stream().min(Comparator.comparingInt((e) -> position(e, fields))).orElseThrow();
		if (first.contains(ConstraintViolation.class)) {
			String template = first.unwrap(ConstraintViolation.class).getMessageTemplate();
			return (template.startsWith("{") && template.endsWith("}")) ? template.substring(1, template.length() - 1)
					: "validation.invalid";
		}
		return first.getCode();
	}

	private static int position(ObjectError error, List<String> fields) {
		if (!(error instanceof FieldError fieldError)) {
			return -1;
		}
		String field = fieldError.getField();
		int bracket = field.indexOf('[');
		int at = fields.indexOf((bracket >= 0) ? field.substring(0, bracket) : field);
		return (at >= 0) ? at : fields.size();
	}

}
