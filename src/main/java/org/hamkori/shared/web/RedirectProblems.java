package org.hamkori.shared.web;

import java.util.Locale;
import java.util.regex.Pattern;

import org.springframework.context.MessageSource;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The one way a page shows why a step was refused after a redirect: the controller
 * redirects with {@code ?problem=<message key>}, and every page gets that key as
 * {@code problemKey}, shown by the fragment {@code shared/fields :: problem}. Only keys
 * of rule messages ({@code <area>.error.<name>} or {@code validation.<name>}) that exist
 * in the bundles are shown, never text from the address.
 */
@ControllerAdvice
class RedirectProblems {

	private static final Pattern KEY = Pattern.compile("^[a-z]+\\.error\\.[A-Za-z]+$|^validation\\.[a-z.]+$");

	private final MessageSource messages;

	RedirectProblems(MessageSource messages) {
		this.messages = messages;
	}

	@ModelAttribute("problemKey")
	String problemKey(@RequestParam(name = "problem", required = false) String problem, Locale locale) {
		if (problem == null || !KEY.matcher(problem).matches()) {
			return null;
		}
		return (this.messages.getMessage(problem, null, null, locale) != null) ? problem : null;
	}

}
