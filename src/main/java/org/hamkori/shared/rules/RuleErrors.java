package org.hamkori.shared.rules;

import java.util.function.UnaryOperator;

import org.springframework.beans.NotReadablePropertyException;
import org.springframework.validation.BindingResult;

/**
 * Puts a {@link RuleViolation} on a form's {@link BindingResult}, so the form page shows
 * each problem at its field (or above the form), in the reader's language, with what the
 * user typed kept.
 */
public final class RuleErrors {

	private RuleErrors() {
	}

	public static void reject(BindingResult result, RuleViolation violation) {
		reject(result, violation, UnaryOperator.identity());
	}

	/**
	 * As {@link #reject(BindingResult, RuleViolation)}, for a form whose field for a
	 * problem has another name than the rule gives it (a title typed per language, say).
	 * @param formField the form's field for a field the rule names
	 */
	public static void reject(BindingResult result, RuleViolation violation, UnaryOperator<String> formField) {
		for (RuleViolation.Problem p : violation.problems()) {
			if (p.field() != null) {
				try {
					result.rejectValue(formField.apply(p.field()), p.messageKey(), p.arguments(), p.messageKey());
					continue;
				}
				catch (NotReadablePropertyException ex) {
					// not a field of this form: shown above the form
				}
			}
			result.reject(p.messageKey(), p.arguments(), p.messageKey());
		}
	}

}
