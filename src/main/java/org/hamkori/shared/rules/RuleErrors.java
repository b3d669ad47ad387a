package org.hamkori.shared.rules;

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
		for (RuleViolation.Problem p : violation.problems()) {
			if (p.field() != null) {
				try {
					result.rejectValue(p.field(), p.messageKey(), p.arguments(), p.messageKey());
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
