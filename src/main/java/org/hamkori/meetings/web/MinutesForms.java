package org.hamkori.meetings.web;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * The forms of the minutes page, one per button: each carries only what its step needs.
 * Texts written in several languages, or per agenda item, arrive as maps keyed by the
 * language or the item ({@code text[en]}, {@code summary[opening]}); the controller reads
 * only the keys the meeting has. The rules are checked by the meetings module.
 */
final class MinutesForms {

	private MinutesForms() {
	}

	/**
	 * The minutes in one language: the opening and each item's summary, and the version
	 * read.
	 */
	record Texts(Map<String, String> summary, Integer version) {
	}

	/**
	 * A decision's text per language, the agenda item it belongs to, and the version
	 * read.
	 */
	record Decision(Map<String, String> text, UUID agendaItemId, Integer version) {
	}

	/** An action following a decision: its title per language, owner and due date. */
	record Action(Map<String, String> action, UUID ownerOrganisationId, UUID ownerPersonId,
			@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate dueDate) {
	}

	/** The last day for comments on circulated minutes. */
	record Circulate(@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate deadline) {
	}

	/** A member's comment on circulated minutes. */
	record Comment(String body) {
	}

	/** How a comment was taken into account, from the page of the given meeting. */
	record Resolve(UUID meeting, String resolution) {
	}

	/** The meeting at which the minutes were adopted, if another one. */
	record Adopt(UUID atMeeting) {
	}

	/** The value of {@code key} in a map sent by a form, or "" when it was not sent. */
	static String value(Map<String, String> values, String key) {
		String value = (values != null) ? values.get(key) : null;
		return (value != null) ? value : "";
	}

}
