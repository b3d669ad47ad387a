package org.hamkori.notifications;

import java.util.Locale;

/**
 * The kinds of event a person is notified of, each with how it is delivered unless the
 * reader chose otherwise: the e-mails sent before notifications in the app existed go on
 * being sent at once; the steps of what one follows are shown in the app only.
 */
public enum NotificationKind {

	INVITATION(Delivery.EMAIL), MINUTES(Delivery.EMAIL), ACTION_REMINDER(Delivery.EMAIL),
	SUBMISSION_REMINDER(Delivery.EMAIL), PROGRESS_REPORT(Delivery.EMAIL), FOLLOWED(Delivery.APP),

	/**
	 * Someone asked to sit in a mechanism: its secretariat is e-mailed by the accounts
	 * module and told in the app here, whatever it chose, since a request must not wait
	 * for a digest.
	 */
	ACCESS_REQUEST(Delivery.EMAIL, false);

	private final Delivery standard;

	private final boolean choosable;

	NotificationKind(Delivery standard) {
		this(standard, true);
	}

	NotificationKind(Delivery standard, boolean choosable) {
		this.standard = standard;
		this.choosable = choosable;
	}

	/** Whether the reader may choose how this kind reaches them. */
	public boolean choosable() {
		return this.choosable;
	}

	public Delivery standard() {
		return this.standard;
	}

	/** The message key of the kind's name, such as {@code notifications.kind.minutes}. */
	public String messageKey() {
		return "notifications.kind." + name().toLowerCase(Locale.ROOT);
	}

	/** How a notification reaches its reader besides the app. */
	public enum Delivery {

		/** An e-mail at once, and the app. */
		EMAIL,
		/** A line in the weekly digest, and the app. */
		DIGEST,
		/** The app only. */
		APP;

		public String messageKey() {
			return "notifications.delivery." + name().toLowerCase(Locale.ROOT);
		}

	}

}
