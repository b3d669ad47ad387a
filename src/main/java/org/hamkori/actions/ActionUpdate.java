package org.hamkori.actions;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/**
 * One entry of an action's history: who reported what and when. Never changed once
 * written. {@code dueDate} is set only when the update moved the due date.
 */
@Table("action_update")
public record ActionUpdate(@Id UUID id, UUID actionId, ActionStatus status, ActionStatus previousStatus, String note,
		String dropReason, LocalDate dueDate, LocalDate previousDueDate, String author, UUID authorPersonId,
		Instant createdAt) {

	public boolean changedStatus() {
		return this.status != this.previousStatus;
	}

}
