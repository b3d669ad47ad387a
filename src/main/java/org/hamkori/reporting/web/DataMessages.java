package org.hamkori.reporting.web;

import java.util.List;
import java.util.Locale;

import org.hamkori.reporting.ImportReport;
import org.hamkori.shared.rules.RuleViolation;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** Turns import problems and rule refusals into sentences in the reader's language. */
@Component("dataMessages")
public class DataMessages {

	private final MessageSource messages;

	DataMessages(MessageSource messages) {
		this.messages = messages;
	}

	public String text(RuleViolation ex, Locale locale) {
		return this.messages.getMessage(ex.messageKey(), ex.arguments(), ex.messageKey(), locale);
	}

	public String text(String key, Locale locale) {
		return this.messages.getMessage(key, null, key, locale);
	}

	public String text(ImportReport.Problem problem, Locale locale) {
		return this.messages.getMessage(problem.key(), filled(problem.arguments(), locale), problem.key(), locale);
	}

	public String text(String key, List<String> arguments, Locale locale) {
		return this.messages.getMessage(key, filled(arguments, locale), key, locale);
	}

	/** The arguments, with "(none)" where one is missing, so no sentence has a hole. */
	private Object[] filled(List<String> arguments, Locale locale) {
		Object[] filled = arguments.toArray();
		for (int i = 0; i < filled.length; i++) {
			if (filled[i] == null || filled[i].toString().isBlank()) {
				filled[i] = this.messages.getMessage("data.argument.blank", null, "-", locale);
			}
		}
		return filled;
	}

}
