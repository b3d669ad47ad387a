package org.hamkori.workspace;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Locale;

import org.hamkori.shared.i18n.LocalizedText;
import org.jspecify.annotations.Nullable;

/**
 * One line of "My work": what it is, its title (a language map), its code where people
 * cite one ({@code CCM-TJ/3}, a data set and period), the page that opens it, its
 * mechanism's code, a due day where one applies, a moment where one applies (a meeting's
 * start in its venue's zone, the time of a change) and where it stands.
 */
public record WorkItem(Type type, LocalizedText title, @Nullable String reference, String url, String mechanism,
		@Nullable LocalDate due, @Nullable OffsetDateTime date, State state) {

	/** The kind of record a line links to. */
	public enum Type {

		MEETING, ACTION, REPORT, MINUTES, RECOMMENDATION, ESCALATION, ISSUE;

		public String key() {
			return "work.type." + name().toLowerCase(Locale.ROOT);
		}

	}

	/** Where the record stands for the reader. */
	public enum State {

		/** Invited, no answer yet. */
		INVITED,
		/** The due date has passed. */
		OVERDUE,
		/** Due, the date still ahead. */
		DUE,
		/** A report given back to its reporters. */
		RETURNED,
		/** Minutes open for comments. */
		OPEN_FOR_COMMENTS,
		/** A regional recommendation or escalated issue waiting for an answer. */
		WAITING,
		/** Created since the last visit. */
		NEW,
		/** Changed since the last visit. */
		UPDATED;

		public String key() {
			return "work.state." + name().toLowerCase(Locale.ROOT);
		}

	}

}
