package org.hamkori.actions;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.hamkori.directory.Directory;
import org.hamkori.directory.Membership;
import org.hamkori.shared.i18n.LocalizedText;
import org.hamkori.shared.rules.RuleViolation;

import org.springframework.stereotype.Component;

/**
 * The rules a commitment and a progress report must meet before anything is stored. A
 * broken rule is reported as {@link RuleViolation} with a message key per field, so the
 * form shows every problem at once.
 */
@Component
class ActionRules {

	static final int TITLE_MAX = 500;

	static final int NOTE_MAX = 2000;

	static final int REASON_MAX = 1000;

	private final Directory directory;

	ActionRules(Directory directory) {
		this.directory = directory;
	}

	/** A new commitment: a title, an owner seated in the mechanism, a due date. */
	void check(NewAction action) {
		Map<String, String> errors = new LinkedHashMap<>();
		LocalizedText title = action.title();
		if (title == null || title.isEmpty()) {
			errors.put("title", "validation.action.title");
		}
		else if (title.values().values().stream().anyMatch((t) -> t.length() > TITLE_MAX)) {
			errors.put("title", "validation.action.title.long");
		}
		if (action.ownerOrganisationId() == null) {
			errors.put("ownerOrganisationId", "validation.action.owner");
		}
		else {
			List<Membership> seats = currentSeats(action.mechanismId(), action.ownerOrganisationId());
			if (seats.isEmpty()) {
				errors.put("ownerOrganisationId", "validation.action.owner.member");
			}
			else if (action.ownerPersonId() != null
					&& seats.stream().noneMatch((m) -> m.personId().equals(action.ownerPersonId()))) {
				errors.put("ownerPersonId", "validation.action.person");
			}
		}
		if (action.dueDate() == null) {
			errors.put("dueDate", "validation.action.due");
		}
		if (action.decisionNumber() != null && action.decisionNumber().length() > 60) {
			errors.put("decisionNumber", "validation.action.decision.long");
		}
		if (!errors.isEmpty()) {
			throw new RuleViolation(errors);
		}
	}

	/** A progress report must say something, within the lengths the pages allow. */
	static void check(ActionItem before, ProgressUpdate update, boolean dueDateMoved) {
		Map<String, String> errors = new LinkedHashMap<>();
		if (update.status() == null) {
			errors.put("status", "validation.action.status");
		}
		if (update.status() == ActionStatus.DROPPED && ActionItems.blank(update.dropReason())) {
			errors.put("dropReason", "validation.action.dropReason");
		}
		if (update.dropReason() != null && update.dropReason().length() > REASON_MAX) {
			errors.put("dropReason", "validation.action.dropReason.long");
		}
		if (update.note() != null && update.note().length() > NOTE_MAX) {
			errors.put("note", "validation.action.note.long");
		}
		if (errors.isEmpty() && update.status() == before.status() && !dueDateMoved
				&& ActionItems.blank(update.note())) {
			errors.put("note", "validation.action.nothing");
		}
		if (!errors.isEmpty()) {
			throw new RuleViolation(errors);
		}
	}

	/** The institution's seats in the mechanism today. */
	private List<Membership> currentSeats(UUID mechanismId, UUID organisationId) {
		LocalDate today = this.directory.today();
		return this.directory.membershipsOfOrganisation(organisationId)
			.stream()
			.filter((m) -> m.mechanismId().equals(mechanismId) && m.isActiveOn(today))
			.toList();
	}

}
