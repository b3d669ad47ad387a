package org.hamkori.notifications;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.hamkori.directory.Directory;
import org.hamkori.directory.Mechanism;
import org.hamkori.directory.Membership;
import org.hamkori.directory.Organisation;
import org.hamkori.directory.Person;
import org.hamkori.reporting.Completeness;
import org.hamkori.reporting.SubmissionReminderDue;
import org.hamkori.shared.i18n.Languages;
import org.hamkori.shared.settings.HamkoriSettings;

import org.springframework.context.MessageSource;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * E-mails a data report's reminder to the people who currently represent the reporting
 * institution in the mechanism, each in their own language. Runs after the reminder was
 * recorded and committed, and says nothing when the report has arrived in between; a
 * failed send leaves the event publication incomplete, to be retried.
 */
@Component
class SubmissionReminderMails {

	private final Mailer mailer;

	private final Completeness completeness;

	private final Directory directory;

	private final MessageSource messages;

	private final String baseUrl;

	private final Inbox inbox;

	private final Preferences preferences;

	SubmissionReminderMails(Mailer mailer, Completeness completeness, Directory directory, MessageSource messages,
			HamkoriSettings settings, Inbox inbox, Preferences preferences) {
		this.inbox = inbox;
		this.preferences = preferences;
		this.mailer = mailer;
		this.completeness = completeness;
		this.directory = directory;
		this.messages = messages;
		this.baseUrl = settings.baseUrl();
	}

	@ApplicationModuleListener
	void on(SubmissionReminderDue due) {
		if (this.completeness.arrived(due.obligationId(), due.period())) {
			// Submitted since the reminder was recorded: it no longer holds.
			return;
		}
		Mechanism mechanism = this.directory.mechanism(due.mechanismId()).orElseThrow();
		Organisation institution = this.directory.organisation(due.organisationId()).orElseThrow();
		String kind = (due.kind() == SubmissionReminderDue.Kind.OVERDUE) ? "overdue" : "before";
		String link = this.baseUrl + "/mechanisms/" + mechanism.code() + "/data-sets";
		String dueDate = due.dueDate().toString();
		Inbox.About about = new Inbox.About("obligation", due.obligationId(), due.mechanismId(), due.dataSetName(),
				"/data/obligations/" + due.obligationId());
		String eventKey = "submission-reminder:" + due.obligationId() + ":" + due.period() + ":" + due.kind();
		for (Person person : recipients(due)) {
			this.inbox.deliverToPerson(person.id(), NotificationKind.SUBMISSION_REMINDER, eventKey, about,
					"notifications.message.submission." + kind,
					(v) -> v.represents(due.mechanismId(), due.organisationId()) || v.canManage(due.mechanismId()));
			if (!this.preferences.emailAtOnce(person.id(), NotificationKind.SUBMISSION_REMINDER)) {
				continue;
			}
			Locale locale = Locale
				.forLanguageTag(Languages.isSupported(person.preferredLanguage()) ? person.preferredLanguage() : "ru");
			String name = due.dataSetName().in(locale);
			String subject = (due.kind() == SubmissionReminderDue.Kind.OVERDUE)
					? message("mail.submission.overdue.subject", locale, name, due.period())
					: message("mail.submission.before.subject", locale, dueDate, name);
			String text = String.join("\n\n", message("mail.submission.greeting", locale, person.fullName()),
					message("mail.submission." + kind + ".text", locale, name, institution.name().in(locale),
							mechanism.name().in(locale), due.period(), dueDate),
					message("mail.submission.request", locale) + "\n" + link, "Hamkori");
			this.mailer.send(person.email(), subject, text, null);
		}
	}

	private String message(String key, Locale locale, Object... arguments) {
		return this.messages.getMessage(key, arguments, locale);
	}

	/** Everyone who currently sits in the mechanism for the reporting institution. */
	private List<Person> recipients(SubmissionReminderDue due) {
		LocalDate today = this.directory.today();
		Map<String, Person> byEmail = new LinkedHashMap<>();
		this.directory.membershipsOfOrganisation(due.organisationId())
			.stream()
			.filter((m) -> m.mechanismId().equals(due.mechanismId()) && m.isActiveOn(today))
			.map(Membership::personId)
			.distinct()
			.map(this.directory::person)
			.flatMap(java.util.Optional::stream)
			.filter((p) -> p.email() != null && !p.email().isBlank())
			.forEach((p) -> byEmail.putIfAbsent(p.email().toLowerCase(Locale.ROOT), p));
		return List.copyOf(byEmail.values());
	}

}
