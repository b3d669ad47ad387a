/**
 * E-mail and calendars, fed by the events of other modules; nothing depends on it.
 * Invitations carry iCalendar parts, reminders follow the actions module's events and the
 * reporting module's reminders of data reports, and each message is written in its
 * recipient's language. The weekly digest gathers the lines of every
 * {@code shared.digest.DigestSource} into one e-mail per reader and week.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "shared :: digest", "shared :: i18n",
		"shared :: rules", "shared :: security", "shared :: settings", "directory", "accounts", "meetings", "actions",
		"reporting :: reminders", "reporting :: completeness" })
package org.hamkori.notifications;
