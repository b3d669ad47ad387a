package org.hamkori.meetings;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import org.hamkori.directory.Directory;
import org.hamkori.shared.digest.DigestItem;
import org.hamkori.shared.digest.DigestSection;
import org.hamkori.shared.digest.DigestSource;
import org.hamkori.shared.security.Viewer;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.hamkori.shared.text.Figures;

/**
 * The meetings' lines of the weekly digest, for the mechanisms the reader sits in:
 * announced meetings they are invited to and have not answered, and minutes circulated
 * for comments whose deadline has not passed (both waiting for their answer); and the
 * other announced meetings of the next {@value #DAYS_AHEAD} days. Like the pages, only
 * meetings of a mechanism the reader is a member of are ever named.
 */
@Component
class MeetingsDigest implements DigestSource {

	static final int DAYS_AHEAD = 21;

	private final MeetingRepository meetings;

	private final InvitationRepository invitations;

	private final MeetingCalendar calendar;

	private final Directory directory;

	private final MessageSource messages;

	private final Clock clock;

	MeetingsDigest(MeetingRepository meetings, InvitationRepository invitations, MeetingCalendar calendar,
			Directory directory, MessageSource messages, Clock clock) {
		this.meetings = meetings;
		this.invitations = invitations;
		this.calendar = calendar;
		this.directory = directory;
		this.messages = messages;
		this.clock = clock;
	}

	@Override
	@Transactional(readOnly = true)
	public List<DigestItem> itemsFor(Viewer reader, Locale locale, Instant since) {
		Instant now = this.clock.instant();
		Instant horizon = now.plus(Duration.ofDays(DAYS_AHEAD));
		LocalDate today = this.directory.today();
		Set<UUID> unanswered = new HashSet<>();
		if (reader.personId() != null) {
			this.invitations.findByPersonId(reader.personId())
				.stream()
				.filter((invitation) -> invitation.response() == Invitation.Response.NONE)
				.forEach((invitation) -> unanswered.add(invitation.meetingId()));
		}
		List<Meeting> toAnswer = new ArrayList<>();
		List<Meeting> upcoming = new ArrayList<>();
		List<Meeting> minutes = new ArrayList<>();
		for (UUID mechanismId : reader.mechanismIds()) {
			for (Meeting meeting : this.meetings.findByMechanismId(mechanismId)) {
				boolean ahead = meeting.start().toInstant().isAfter(now);
				if (meeting.status() == MeetingStatus.ANNOUNCED && ahead && unanswered.contains(meeting.id())) {
					toAnswer.add(meeting);
				}
				else if (meeting.status() == MeetingStatus.ANNOUNCED && ahead
						&& meeting.start().toInstant().isBefore(horizon)) {
					upcoming.add(meeting);
				}
				else if (meeting.status() == MeetingStatus.MINUTES_CIRCULATED && meeting.commentsDeadline() != null
						&& !meeting.commentsDeadline().isBefore(today)) {
					minutes.add(meeting);
				}
			}
		}
		Comparator<Meeting> byStart = Comparator.comparing((Meeting m) -> m.start().toInstant())
			.thenComparing(Meeting::id);
		toAnswer.sort(byStart);
		upcoming.sort(byStart);
		minutes.sort(Comparator.comparing(Meeting::commentsDeadline).thenComparing(Meeting::id));
		List<DigestItem> items = new ArrayList<>();
		for (Meeting meeting : toAnswer) {
			items.add(line(DigestSection.AWAITING_ANSWER, "digest.meeting.answer", meeting, locale,
					when(meeting, locale), "/meetings/" + meeting.id()));
		}
		for (Meeting meeting : minutes) {
			items.add(line(DigestSection.AWAITING_ANSWER, "digest.meeting.minutes", meeting, locale,
					Figures.date(meeting.commentsDeadline(), locale), "/meetings/" + meeting.id() + "/minutes"));
		}
		for (Meeting meeting : upcoming) {
			items.add(line(DigestSection.UPCOMING_MEETINGS, "digest.meeting.upcoming", meeting, locale,
					when(meeting, locale), "/meetings/" + meeting.id()));
		}
		return items;
	}

	private DigestItem line(DigestSection section, String key, Meeting meeting, Locale locale, String detail,
			String path) {
		String text = this.messages.getMessage(key, new Object[] { this.calendar.title(meeting, locale), detail },
				locale);
		return new DigestItem(section, text, path);
	}

	/** The venue's time and zone: 29 Nov 2022, 10:00 (Asia/Dushanbe). */
	private static String when(Meeting meeting, Locale locale) {
		return Figures.dateTime(meeting.startsLocal(), locale) + " (" + meeting.timeZone() + ")";
	}

}
