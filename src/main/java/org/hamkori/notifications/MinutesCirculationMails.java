package org.hamkori.notifications;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import org.hamkori.directory.Directory;
import org.hamkori.directory.Membership;
import org.hamkori.directory.Person;
import org.hamkori.meetings.Meeting;
import org.hamkori.meetings.MeetingCalendar;
import org.hamkori.meetings.MeetingEvents.MinutesCirculated;
import org.hamkori.meetings.Meetings;
import org.hamkori.shared.i18n.Languages;
import org.hamkori.shared.settings.HamkoriSettings;

import org.springframework.context.MessageSource;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * When minutes are circulated, every person seated in the mechanism is told, in their own
 * language, where to read them and until when to comment.
 */
@Component
class MinutesCirculationMails {

	private final Meetings meetings;

	private final MeetingCalendar calendar;

	private final Directory directory;

	private final MessageSource messages;

	private final Mailer mailer;

	private final String baseUrl;

	private final Inbox inbox;

	private final Preferences preferences;

	private final FollowedRecords records;

	MinutesCirculationMails(Meetings meetings, MeetingCalendar calendar, Directory directory, MessageSource messages,
			Mailer mailer, HamkoriSettings settings, Inbox inbox, Preferences preferences, FollowedRecords records) {
		this.inbox = inbox;
		this.preferences = preferences;
		this.records = records;
		this.meetings = meetings;
		this.calendar = calendar;
		this.directory = directory;
		this.messages = messages;
		this.mailer = mailer;
		this.baseUrl = settings.baseUrl();
	}

	@ApplicationModuleListener
	void on(MinutesCirculated event) {
		Meeting meeting = this.meetings.find(event.meetingId()).orElse(null);
		if (meeting == null || meeting.commentsDeadline() == null) {
			return;
		}
		Set<UUID> told = new HashSet<>();
		var today = this.directory.today();
		Inbox.About minutes = this.records.meeting(meeting);
		minutes = new Inbox.About("minutes", meeting.id(), meeting.mechanismId(), minutes.title(),
				"/meetings/" + meeting.id() + "/minutes");
		String eventKey = "minutes:" + meeting.id() + ":" + meeting.commentsDeadline();
		for (Membership seat : this.directory.membershipsOfMechanism(meeting.mechanismId())) {
			if (!seat.isActiveOn(today) || !told.add(seat.personId())) {
				continue;
			}
			this.inbox.deliverToPerson(seat.personId(), NotificationKind.MINUTES, eventKey, minutes,
					"notifications.message.minutes", (v) -> Meetings.canSee(v, meeting));
			if (!this.preferences.emailAtOnce(seat.personId(), NotificationKind.MINUTES)) {
				continue;
			}
			Person person = this.directory.person(seat.personId()).orElse(null);
			if (person == null || person.email() == null) {
				continue;
			}
			Locale locale = Locale
				.forLanguageTag(Languages.isSupported(person.preferredLanguage()) ? person.preferredLanguage() : "en");
			String title = this.calendar.title(meeting, locale);
			String deadline = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
				.withLocale(locale)
				.format(meeting.commentsDeadline());
			this.mailer.send(person.email(),
					this.messages.getMessage("mail.minutes.subject", new Object[] { title }, locale),
					this.messages.getMessage("mail.minutes.text", new Object[] { person.fullName(), title, deadline,
							this.baseUrl + "/meetings/" + meeting.id() + "/minutes" }, locale),
					null);
		}
	}

}
