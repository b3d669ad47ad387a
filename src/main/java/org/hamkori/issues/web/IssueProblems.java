package org.hamkori.issues.web;

import java.util.regex.Pattern;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * After a redirect, {@code ?problem=key} names the refused rule; only the issue rules'
 * keys are shown.
 */
@ControllerAdvice(basePackageClasses = IssueProblems.class)
class IssueProblems {

	private static final Pattern KEY = Pattern
		.compile("^(issue|escalation|incoming)\\.error\\.[A-Za-z]+$|^validation\\.[a-z.]+$");

	@ModelAttribute("problemKey")
	String problemKey(@RequestParam(name = "problem", required = false) String problem) {
		return (problem != null && KEY.matcher(problem).matches()) ? problem : null;
	}

}
