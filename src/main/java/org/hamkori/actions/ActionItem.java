package org.hamkori.actions;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.hamkori.shared.i18n.LocalizedText;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A commitment of a mechanism, owned by one of its member institutions (and optionally a
 * person there), due on a date. It may come from a meeting's decision
 * ({@code decisionNumber} such as {@code CCM-TJ/1/D3}). Whether it is overdue is derived
 * from the due date and today, never stored, so it is right on every day without a job.
 */
@Table("action_item")
public record ActionItem(@Id UUID id, UUID mechanismId, LocalizedText title, UUID ownerOrganisationId,
		UUID ownerPersonId, LocalDate dueDate, ActionStatus status, String dropReason, UUID meetingId, UUID decisionId,
		String decisionNumber, Instant createdAt, Instant updatedAt, @Version Long version) {

	static ActionItem create(NewAction action, ActionStatus status, String dropReason, Instant now) {
		return new ActionItem(UUID.randomUUID(), action.mechanismId(), action.title(), action.ownerOrganisationId(),
				action.ownerPersonId(), action.dueDate(), status, dropReason, action.meetingId(), action.decisionId(),
				action.decisionNumber(), now, now, null);
	}

	/** Not done or dropped, and the due date has passed. */
	public boolean isOverdue(LocalDate today) {
		return isOpen() && this.dueDate != null && this.dueDate.isBefore(today);
	}

	/** Open or in progress. */
	public boolean isOpen() {
		return this.status != null && this.status.isOpen();
	}

	ActionItem progress(ActionStatus newStatus, String newDropReason, LocalDate newDueDate, Instant now,
			Long expectedVersion) {
		return new ActionItem(this.id, this.mechanismId, this.title, this.ownerOrganisationId, this.ownerPersonId,
				newDueDate, newStatus, (newStatus == ActionStatus.DROPPED) ? newDropReason : null, this.meetingId,
				this.decisionId, this.decisionNumber, this.createdAt, now, expectedVersion);
	}

}
