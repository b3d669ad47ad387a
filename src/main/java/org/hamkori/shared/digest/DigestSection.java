package org.hamkori.shared.digest;

import java.util.Locale;

/**
 * The sections of the weekly digest, in the order the e-mail shows them.
 */
public enum DigestSection {

	NEW_ISSUES, ACTIONS_DUE, AWAITING_ANSWER, UPCOMING_MEETINGS, NOTIFICATIONS;

	/**
	 * The message key of the section's heading, such as
	 * {@code mail.digest.section.actions_due}.
	 */
	public String headingKey() {
		return "mail.digest.section." + name().toLowerCase(Locale.ROOT);
	}

}
