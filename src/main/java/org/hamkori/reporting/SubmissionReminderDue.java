package org.hamkori.reporting;

import java.time.LocalDate;
import java.util.UUID;

import org.hamkori.shared.i18n.LocalizedText;

import org.springframework.modulith.NamedInterface;

/**
 * Published exactly once per obligation, period and kind, by the transaction that
 * recorded the reminder in {@code submission_reminder}. Listeners (e-mail) run after that
 * transaction commits and are retried from the event publication registry if they fail.
 */
@NamedInterface("reminders")
public record SubmissionReminderDue(UUID obligationId, UUID mechanismId, UUID organisationId, String dataSetCode,
		LocalizedText dataSetName, String period, LocalDate dueDate, Kind kind) {

	/**
	 * A week before the due date (or later, when the week started before the job could
	 * see it), and after the due date has passed without a report.
	 */
	public enum Kind {

		BEFORE, OVERDUE

	}

}
