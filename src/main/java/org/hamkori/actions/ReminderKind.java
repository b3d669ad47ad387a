package org.hamkori.actions;

/**
 * The two reminders an open action gets: a week before its due date, and once overdue.
 */
public enum ReminderKind {

	DUE_SOON, OVERDUE

}
