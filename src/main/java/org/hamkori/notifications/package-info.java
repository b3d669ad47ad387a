/**
 * E-mail, calendars and notifications in the app, fed by the events of other modules;
 * nothing depends on it. Invitations carry iCalendar parts, reminders follow the actions
 * module's events and the reporting module's reminders of data reports, and each message
 * is written in its recipient's language. The weekly digest gathers the lines of every
 * {@code shared.digest.DigestSource} into one e-mail per reader and week.
 * <p>
 * The same events store notifications in the app ({@code Inbox}), once per event and
 * reader in the whole cluster, for readers who may see the record; each reader chooses
 * per kind whether it also comes by e-mail at once, in the weekly digest or not at all
 * ({@code Preferences}). People follow issues, meetings, data sets, actions and
 * documents, and secretariats make institutions follow them ({@code Follows}); each
 * audited change ({@code RecordChanged}) of a followed record tells its followers who may
 * still see it. Pages show the bell ({@code /notifications/bell}) and the follow button
 * ({@code /follow/button}) through hx-get, so no module depends on this one (decision
 * 0037).
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "shared :: digest", "shared :: i18n",
		"shared :: rules", "shared :: security", "shared :: settings", "shared :: audit", "shared :: jdbc",
		"shared :: mail", "shared :: web", "directory", "accounts", "meetings", "actions", "issues", "documents",
		"reporting :: reminders", "reporting :: completeness", "results" })
package org.hamkori.notifications;
