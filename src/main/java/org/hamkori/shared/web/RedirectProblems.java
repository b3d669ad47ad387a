package org.hamkori.shared.web;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.springframework.context.MessageSource;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The one way a page shows why a step was refused after a redirect: the controller
 * redirects with {@code ?problem=<message key>} (built by {@link #redirect} when the
 * message has arguments), and every page gets that key as {@code problemKey} and its
 * arguments as {@code problemArguments}, shown by the fragment
 * {@code shared/fields :: problem}. Only keys of messages that exist in the bundles are
 * shown, with at most a few short arguments of letters, digits and dashes (a line number,
 * a limit, a cell such as {@code B12}); never free text from the address.
 */
@ControllerAdvice
public class RedirectProblems {

	private static final Pattern KEY = Pattern.compile("^[a-z]+(\\.[A-Za-z0-9-]+){1,4}$");

	private static final Pattern ARGUMENT = Pattern.compile("^[A-Za-z0-9-]{1,12}$");

	private static final int MAX_ARGUMENTS = 4;

	private final MessageSource messages;

	RedirectProblems(MessageSource messages) {
		this.messages = messages;
	}

	/**
	 * The address to redirect to so that its page shows the message {@code key} with its
	 * arguments. An argument that is not a short code or number travels as {@code -}.
	 * @param path the page's path, without query or fragment
	 */
	public static String redirect(String path, String key, Object... arguments) {
		UriComponentsBuilder uri = UriComponentsBuilder.fromPath(path).queryParam("problem", key);
		for (Object argument : arguments) {
			String text = String.valueOf(argument);
			uri.queryParam("problemArg", ARGUMENT.matcher(text).matches() ? text : "-");
		}
		return "redirect:" + uri.encode().build().toUriString();
	}

	@ModelAttribute("problemKey")
	String problemKey(@RequestParam(name = "problem", required = false) String problem,
			@RequestParam(name = "problemArg", required = false) List<String> arguments, Locale locale) {
		if (problem == null || !KEY.matcher(problem).matches() || !safe(arguments)) {
			return null;
		}
		return (this.messages.getMessage(problem, null, null, locale) != null) ? problem : null;
	}

	@ModelAttribute("problemArguments")
	Object[] problemArguments(@RequestParam(name = "problemArg", required = false) List<String> arguments) {
		return (arguments != null && safe(arguments)) ? arguments.toArray() : null;
	}

	private static boolean safe(List<String> arguments) {
		return arguments == null || (arguments.size() <= MAX_ARGUMENTS
				&& arguments.stream().allMatch((a) -> a != null && ARGUMENT.matcher(a).matches()));
	}

}
