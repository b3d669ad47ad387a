package org.hamkori.issues;

import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.hamkori.actions.ActionItems;
import org.hamkori.documents.Documents;
import org.hamkori.meetings.Meetings;
import org.hamkori.meetings.MinutesBook;
import org.hamkori.programmes.Programmes;
import org.hamkori.shared.security.Viewer;

import org.springframework.stereotype.Component;

/**
 * The records of other modules an issue links to as evidence, as far as a viewer may see
 * them: reading an issue's links and linking a new one ask the same question, so a hidden
 * record's title never reaches the page and cannot be linked.
 */
@Component
class LinkedRecords {

	private final Meetings meetings;

	private final MinutesBook minutes;

	private final ActionItems actions;

	private final Documents documents;

	private final Programmes programmes;

	LinkedRecords(Meetings meetings, MinutesBook minutes, ActionItems actions, Documents documents,
			Programmes programmes) {
		this.meetings = meetings;
		this.minutes = minutes;
		this.actions = actions;
		this.documents = documents;
		this.programmes = programmes;
	}

	/** How a linked record is shown: its label and the address of its page. */
	record Shown(String label, String href) {
	}

	/**
	 * The record as the viewer may see it, or empty when it is hidden from them. Only
	 * lookups that answer empty are used: a thrown not-found inside the caller's
	 * transaction would mark it rollback-only and fail the whole page.
	 */
	Optional<Shown> shown(Viewer viewer, IssueLink.Kind kind, UUID target, Locale locale) {
		return switch (kind) {
			case DECISION -> this.minutes.decision(target)
				.flatMap((d) -> this.meetings.findVisible(viewer, d.meetingId())
					.map((m) -> new Shown(this.minutes.decisionNumber(m, d) + " " + d.text().in(locale),
							"/decisions/" + d.id())));
			case ACTION -> this.actions.findVisible(target, viewer)
				.map((a) -> new Shown(a.title().in(locale), "/actions/" + a.id()));
			case DOCUMENT -> this.documents.visible(target, viewer)
				.map((doc) -> new Shown(doc.fileName(), "/documents/" + doc.id()));
			case MEETING -> this.meetings.findVisible(viewer, target)
				.map((m) -> new Shown(this.meetings.code(m), "/meetings/" + m.id()));
			case PROGRAMME -> this.programmes.visible(target, viewer)
				.map((p) -> new Shown(p.title().in(locale), "/programmes/" + p.id()));
		};
	}

	boolean isVisible(Viewer viewer, IssueLink.Kind kind, UUID target) {
		return shown(viewer, kind, target, Locale.ENGLISH).isPresent();
	}

}
