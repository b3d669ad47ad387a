package org.hamkori.meetings.web;

import org.hamkori.meetings.MeetingRuleException;

import org.springframework.validation.BindingResult;

/** Turns a refused rule into a form error on its field, or on the whole form. */
final class Errors {

	private Errors() {
	}

	static void reject(BindingResult errors, MeetingRuleException ex) {
		if (ex.field() != null) {
			try {
				errors.rejectValue(ex.field(), ex.messageKey(), ex.arguments(), ex.messageKey());
				return;
			}
			catch (org.springframework.beans.NotReadablePropertyException ignored) {
				// not a field of this form: reported for the whole form
			}
		}
		errors.reject(ex.messageKey(), ex.arguments(), ex.messageKey());
	}

}
