package org.hamkori.actions;

import java.time.LocalDate;
import java.util.UUID;

/**
 * Published exactly once per action, kind and due date, by the transaction that recorded
 * the reminder. Listeners (e-mail) run after that transaction commits and are retried
 * from the event publication registry if they fail.
 */
public record ActionReminderDue(UUID actionId, UUID mechanismId, UUID ownerOrganisationId, ReminderKind kind,
		LocalDate dueDate) {

}
