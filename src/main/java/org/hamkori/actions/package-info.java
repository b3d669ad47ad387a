/**
 * Actions: every commitment a mechanism makes, owned by one of its member institutions,
 * with a due date, tracked through progress updates until it is done or dropped. Actions
 * outlive meetings; a meeting or decision is only referenced by id, so the meetings
 * module depends on this one and never the reverse.
 * <p>
 * Actions are members-only content: members of the mechanism see them, non-members get
 * 404. The mechanism's secretariat and the people seated for the owner institution update
 * them. "Overdue" is derived from the due date and today, never stored. Reminders (a week
 * before the due date and once overdue) are recorded under a unique key and announced
 * with {@link org.hamkori.actions.ActionReminderDue}, which the notifications module
 * turns into e-mails.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "shared :: search", "shared :: rules",
		"shared :: audit", "shared :: digest", "shared :: i18n", "shared :: jdbc", "shared :: security",
		"shared :: settings", "shared :: text", "shared :: web", "directory", "documents", "programmes" })
package org.hamkori.actions;
