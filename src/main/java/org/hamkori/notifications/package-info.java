/**
 * E-mail and calendars, fed by the events of other modules; nothing depends on it.
 * Invitations carry iCalendar parts, reminders follow the actions module's events, and
 * each message is written in its recipient's language.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "shared", "directory", "meetings", "actions" })
package org.hamkori.notifications;
