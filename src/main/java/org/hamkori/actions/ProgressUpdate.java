package org.hamkori.actions;

import java.time.LocalDate;

/**
 * A progress report on an action: the new status, a note, the reason when dropping, and
 * (secretariat only) a new due date; {@code null} keeps the current one. The version is
 * the one the reporter read, for optimistic locking.
 */
public record ProgressUpdate(ActionStatus status, String note, String dropReason, LocalDate dueDate, Long version) {

}
