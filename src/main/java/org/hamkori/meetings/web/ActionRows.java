package org.hamkori.meetings.web;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.hamkori.actions.ActionItem;
import org.hamkori.actions.ActionItems;
import org.hamkori.directory.Directory;
import org.hamkori.directory.Organisation;
import org.hamkori.shared.i18n.I18n;
import org.hamkori.shared.text.Figures;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Actions as the meeting pages list them: the follow-up item and each decision's actions.
 */
@Component
class ActionRows {

	/** One action, ready to show. */
	record Row(UUID id, String title, String owner, String due, boolean overdue, String status) {
	}

	private final ActionItems actions;

	private final Directory directory;

	private final I18n i18n;

	ActionRows(ActionItems actions, Directory directory, I18n i18n) {
		this.actions = actions;
		this.directory = directory;
		this.i18n = i18n;
	}

	List<Row> openOf(UUID mechanismId) {
		return rows(this.actions.openOf(mechanismId));
	}

	List<Row> ofDecision(UUID decisionId) {
		return rows(this.actions.fromDecision(decisionId));
	}

	private List<Row> rows(List<ActionItem> items) {
		Map<UUID, Organisation> organisations = this.directory.organisationsById();
		var today = this.actions.today();
		return items.stream().map((a) -> {
			Organisation owner = organisations.get(a.ownerOrganisationId());
			return new Row(a.id(), this.i18n.text(a.title()), (owner != null) ? this.i18n.text(owner.name()) : "",
					Figures.date(a.dueDate(), LocaleContextHolder.getLocale()), a.isOverdue(today),
					this.i18n.message(a.status().messageKey()));
		}).toList();
	}

}
