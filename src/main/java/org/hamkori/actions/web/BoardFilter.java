package org.hamkori.actions.web;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;

import org.hamkori.actions.ActionItem;
import org.hamkori.actions.ActionStatus;

import org.springframework.web.util.UriComponentsBuilder;

/**
 * The board's filters, all typed and optional: owner institution, status, only overdue,
 * due after / before (inclusive), and the sort direction of the due date. Nothing the
 * reader types reaches SQL.
 */
record BoardFilter(UUID owner, ActionStatus status, boolean overdue, LocalDate dueAfter, LocalDate dueBefore,
		boolean latestFirst) {

	List<ActionItem> apply(List<ActionItem> actions, LocalDate today) {
		Predicate<ActionItem> keep = (a) -> (this.owner == null || this.owner.equals(a.ownerOrganisationId()))
				&& (this.status == null || this.status == a.status()) && (!this.overdue || a.isOverdue(today))
				&& (this.dueAfter == null || !a.dueDate().isBefore(this.dueAfter))
				&& (this.dueBefore == null || !a.dueDate().isAfter(this.dueBefore));
		Comparator<ActionItem> byDue = Comparator.comparing(ActionItem::dueDate);
		if (this.latestFirst) {
			byDue = byDue.reversed();
		}
		return actions.stream().filter(keep).sorted(byDue.thenComparing(ActionItem::id)).toList();
	}

	/** The board's address with these filters and the given page. */
	String link(String base, int page) {
		UriComponentsBuilder uri = UriComponentsBuilder.fromPath(base);
		if (this.owner != null) {
			uri.queryParam("owner", this.owner);
		}
		if (this.status != null) {
			uri.queryParam("status", this.status);
		}
		if (this.overdue) {
			uri.queryParam("overdue", true);
		}
		if (this.dueAfter != null) {
			uri.queryParam("dueAfter", this.dueAfter);
		}
		if (this.dueBefore != null) {
			uri.queryParam("dueBefore", this.dueBefore);
		}
		if (this.latestFirst) {
			uri.queryParam("sort", "latest");
		}
		return uri.queryParam("page", page).build().encode().toUriString();
	}

}
