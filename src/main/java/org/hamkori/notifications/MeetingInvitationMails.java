package org.hamkori.notifications;

import java.util.List;
import java.util.Locale;

import org.hamkori.directory.Directory;
import org.hamkori.directory.Person;
import org.hamkori.meetings.Invitation;
import org.hamkori.meetings.Meeting;
import org.hamkori.meetings.MeetingCalendar;
import org.hamkori.meetings.MeetingEvents.MeetingAnnounced;
import org.hamkori.meetings.MeetingEvents.MeetingCancelled;
import org.hamkori.meetings.MeetingEvents.MeetingRescheduled;
import org.hamkori.meetings.Meetings;
import org.hamkori.meetings.Rsvp;
import org.hamkori.shared.i18n.Languages;
import org.hamkori.shared.settings.HamkoriSettings;

import org.springframework.context.MessageSource;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Invitations by e-mail: announcing a meeting, changing it and cancelling it each e-mail
 * every invited member in their own language, with the iCalendar part (REQUEST or CANCEL)
 * and a signed link to answer. Each invitation records the calendar sequence it was last
 * sent at, so a retried event skips those already sent.
 */
@Component
class MeetingInvitationMails {

	private final Meetings meetings;

	private final Rsvp rsvp;

	private final MeetingCalendar calendar;

	private final Directory directory;

	private final MessageSource messages;

	private final Mailer mailer;

	private final String baseUrl;

	private final Inbox inbox;

	private final Preferences preferences;

	private final FollowedRecords records;

	MeetingInvitationMails(Meetings meetings, Rsvp rsvp, MeetingCalendar calendar, Directory directory,
			MessageSource messages, Mailer mailer, HamkoriSettings settings, Inbox inbox, Preferences preferences,
			FollowedRecords records) {
		this.inbox = inbox;
		this.preferences = preferences;
		this.records = records;
		this.meetings = meetings;
		this.rsvp = rsvp;
		this.calendar = calendar;
		this.directory = directory;
		this.messages = messages;
		this.mailer = mailer;
		this.baseUrl = settings.baseUrl();
	}

	@ApplicationModuleListener
	void on(MeetingAnnounced event) {
		send(event.meetingId(), event.sequence(), "mail.invitation");
	}

	@ApplicationModuleListener
	void on(MeetingRescheduled event) {
		send(event.meetingId(), event.sequence(), "mail.update");
	}

	@ApplicationModuleListener
	void on(MeetingCancelled event) {
		send(event.meetingId(), event.sequence(), "mail.cancel");
	}

	private void send(java.util.UUID meetingId, int sequence, String kind) {
		Meeting meeting = this.meetings.find(meetingId).orElse(null);
		if (meeting == null || meeting.calendarSequence() != sequence) {
			return; // a later change has its own event
		}
		List<Invitation> invitations = this.meetings.invitations(meetingId);
		Inbox.About about = this.records.meeting(meeting);
		String eventKey = kind + ":" + meetingId + ":" + sequence;
		for (Invitation invitation : invitations) {
			this.inbox.deliverToPerson(invitation.personId(), NotificationKind.INVITATION, eventKey, about,
					"notifications.message." + kind.substring("mail.".length()), (v) -> Meetings.canSee(v, meeting));
		}
		for (Invitation invitation : invitations) {
			if (invitation.sentSequence() != null && invitation.sentSequence() >= sequence
					&& !"mail.invitation".equals(kind)) {
				continue;
			}
			if ("mail.invitation".equals(kind) && invitation.sentSequence() != null) {
				continue;
			}
			Person person = this.directory.person(invitation.personId()).orElse(null);
			if (person == null || person.email() == null) {
				continue;
			}
			if (!this.preferences.emailAtOnce(person.id(), NotificationKind.INVITATION)) {
				// told in the app (and the digest) only, by the reader's choice
				this.rsvp.recordSent(invitation.id(), sequence);
				continue;
			}
			Locale locale = Locale
				.forLanguageTag(Languages.isSupported(person.preferredLanguage()) ? person.preferredLanguage() : "en");
			String title = this.calendar.title(meeting, locale);
			String when = MailTexts.when(meeting, locale);
			String link = this.baseUrl + "/rsvp/" + this.rsvp.token(invitation);
			String subject = this.messages.getMessage(kind + ".subject", new Object[] { title }, locale);
			String text = this.messages.getMessage(kind + ".text", new Object[] { person.fullName(), title, when,
					place(meeting), link, (meeting.cancelReason() != null) ? meeting.cancelReason() : "" }, locale);
			this.mailer.send(person.email(), subject, text,
					new Mailer.Calendar(this.calendar.invitation(meeting, person, locale),
							(meeting.status() == org.hamkori.meetings.MeetingStatus.CANCELLED) ? "CANCEL" : "REQUEST"));
			this.rsvp.recordSent(invitation.id(), sequence);
		}
	}

	private static String place(Meeting meeting) {
		if (meeting.venue() != null && meeting.onlineLink() != null) {
			return meeting.venue() + " / " + meeting.onlineLink();
		}
		return (meeting.venue() != null) ? meeting.venue() : meeting.onlineLink();
	}

}
