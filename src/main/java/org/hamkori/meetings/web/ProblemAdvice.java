package org.hamkori.meetings.web;

import java.util.regex.Pattern;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * After a redirect, {@code ?problem=key} names the rule that refused a step; only message
 * keys of the meeting rules are shown, never arbitrary text.
 */
@ControllerAdvice(basePackageClasses = ProblemAdvice.class)
class ProblemAdvice {

	private static final Pattern KEY = Pattern.compile(
			"^(meeting|agenda|minutes|attendance|rsvp|calendar|richtext)\\.error\\.[A-Za-z]+$|^validation\\.[a-z.]+$");

	@ModelAttribute("problemKey")
	String problemKey(@RequestParam(name = "problem", required = false) String problem) {
		return (problem != null && KEY.matcher(problem).matches()) ? problem : null;
	}

}
