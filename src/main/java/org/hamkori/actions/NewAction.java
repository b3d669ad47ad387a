package org.hamkori.actions;

import java.time.LocalDate;
import java.util.UUID;

import org.hamkori.shared.i18n.LocalizedText;

/**
 * A commitment to record: what, by which member institution (and optionally which person
 * there), by when, and where it was decided (all three optional).
 */
public record NewAction(UUID mechanismId, LocalizedText title, UUID ownerOrganisationId, UUID ownerPersonId,
		LocalDate dueDate, UUID meetingId, UUID decisionId, String decisionNumber) {

}
