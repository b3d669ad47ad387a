package org.hamkori.notifications;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.hamkori.actions.ActionItem;
import org.hamkori.actions.ActionItems;
import org.hamkori.actions.ActionReminderDue;
import org.hamkori.actions.ReminderKind;
import org.hamkori.directory.Directory;
import org.hamkori.directory.Mechanism;
import org.hamkori.directory.Membership;
import org.hamkori.directory.Organisation;
import org.hamkori.directory.Person;
import org.hamkori.shared.i18n.Languages;
import org.hamkori.shared.security.MembershipRole;
import org.hamkori.shared.settings.HamkoriSettings;

import org.springframework.context.MessageSource;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * E-mails an action's reminder to the owner institution's people in its mechanism: its
 * focal points, or every current seat of the institution there when it has none. Each
 * message is written in its recipient's own language. Runs after the reminder was
 * recorded and committed; a failed send leaves the event publication incomplete, to be
 * retried.
 */
@Component
class ActionReminderMails {

	private final Mailer mailer;

	private final ActionItems actions;

	private final Directory directory;

	private final MessageSource messages;

	private final String baseUrl;

	private final Inbox inbox;

	private final Preferences preferences;

	ActionReminderMails(Mailer mailer, ActionItems actions, Directory directory, MessageSource messages,
			HamkoriSettings settings, Inbox inbox, Preferences preferences) {
		this.inbox = inbox;
		this.preferences = preferences;
		this.mailer = mailer;
		this.actions = actions;
		this.directory = directory;
		this.messages = messages;
		this.baseUrl = settings.baseUrl();
	}

	@ApplicationModuleListener
	void on(ActionReminderDue due) {
		ActionItem action = this.actions.find(due.actionId()).orElse(null);
		if (action == null || !action.isOpen() || !action.dueDate().equals(due.dueDate())) {
			// Closed or moved since the reminder was recorded: the reminder no longer
			// holds.
			return;
		}
		Mechanism mechanism = this.directory.mechanism(action.mechanismId()).orElseThrow();
		Organisation owner = this.directory.organisation(action.ownerOrganisationId()).orElseThrow();
		String kind = (due.kind() == ReminderKind.OVERDUE) ? "overdue" : "dueSoon";
		String link = this.baseUrl + "/actions/" + action.id();
		Inbox.About about = new Inbox.About("action", action.id(), action.mechanismId(), action.title(),
				"/actions/" + action.id());
		String eventKey = "action-reminder:" + action.id() + ":" + due.dueDate() + ":" + due.kind();
		for (Person person : recipients(action)) {
			this.inbox.deliverToPerson(person.id(), NotificationKind.ACTION_REMINDER, eventKey, about,
					"notifications.message.action." + kind, (v) -> this.actions.canSee(v, action.mechanismId()));
			if (!this.preferences.emailAtOnce(person.id(), NotificationKind.ACTION_REMINDER)) {
				continue;
			}
			Locale locale = Locale
				.forLanguageTag(Languages.isSupported(person.preferredLanguage()) ? person.preferredLanguage() : "ru");
			String title = action.title().in(locale);
			String dueDate = action.dueDate().toString();
			String subject = message("mail.action." + kind + ".subject", locale,
					(due.kind() == ReminderKind.OVERDUE) ? title : dueDate);
			String text = String.join("\n\n", message("mail.action.greeting", locale, person.fullName()),
					message("mail.action." + kind + ".text", locale, owner.name().in(locale),
							mechanism.name().in(locale), dueDate),
					title, message("mail.action.request", locale) + "\n" + link, "Hamkori");
			this.mailer.send(person.email(), subject, text, null);
		}
	}

	private String message(String key, Locale locale, Object... arguments) {
		return this.messages.getMessage(key, arguments, locale);
	}

	/**
	 * Focal points first; all the institution's current seats if it has no focal point.
	 */
	private List<Person> recipients(ActionItem action) {
		LocalDate today = this.directory.today();
		List<Membership> seats = this.directory.membershipsOfOrganisation(action.ownerOrganisationId())
			.stream()
			.filter((m) -> m.mechanismId().equals(action.mechanismId()) && m.isActiveOn(today))
			.toList();
		List<Membership> focal = seats.stream().filter((m) -> m.role() == MembershipRole.FOCAL_POINT).toList();
		Map<String, Person> byEmail = new LinkedHashMap<>();
		(focal.isEmpty() ? seats : focal).stream()
			.map((m) -> this.directory.person(m.personId()))
			.flatMap(java.util.Optional::stream)
			.filter((p) -> p.email() != null && !p.email().isBlank())
			.forEach((p) -> byEmail.putIfAbsent(p.email().toLowerCase(Locale.ROOT), p));
		return List.copyOf(byEmail.values());
	}

}
