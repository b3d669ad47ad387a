package org.hamkori.meetings;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import org.hamkori.shared.i18n.LocalizedText;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/**
 * One meeting of a mechanism. Its start and end are the venue's wall-clock times in the
 * venue's IANA zone; {@link #start()} gives the instant. {@code calendarUid} never
 * changes and {@code calendarSequence} rises with every change sent to invitees.
 */
@Table("meeting")
public record Meeting(@Id UUID id, UUID mechanismId, MeetingType meetingType, int number, LocalizedText title,
		LocalDateTime startsLocal, LocalDateTime endsLocal, String timeZone, String venue, String onlineLink,
		String languages, MeetingStatus status, String cancelReason, String calendarUid, int calendarSequence,
		int nextDecisionNumber, java.time.LocalDate commentsDeadline, Instant adoptedAt, String adoptedBy,
		UUID adoptedAtMeeting, Instant createdAt, Instant updatedAt, @Version Integer version) {

	/** The documents module's owner kind for files attached to a meeting. */
	public static final String DOCUMENT_KIND = "meeting";

	public ZoneId zone() {
		return ZoneId.of(this.timeZone);
	}

	public ZonedDateTime start() {
		return this.startsLocal.atZone(zone());
	}

	public ZonedDateTime end() {
		return this.endsLocal.atZone(zone());
	}

	public List<String> languageList() {
		return Arrays.stream(this.languages.split(",")).map(String::strip).filter((s) -> !s.isEmpty()).toList();
	}

	/** The short reference: {@code CCM-TJ/1}, {@code CCM-TJ/EX2}, {@code RCM/1}. */
	public String code(String mechanismCode) {
		return mechanismCode + "/" + this.meetingType.prefix() + this.number;
	}

	Meeting withPlan(MeetingType type, int number, LocalizedText title, LocalDateTime starts, LocalDateTime ends,
			String zone, String venue, String link, String languages, Integer expectedVersion) {
		return new Meeting(this.id, this.mechanismId, type, number, title, starts, ends, zone, venue, link, languages,
				this.status, this.cancelReason, this.calendarUid, this.calendarSequence, this.nextDecisionNumber,
				this.commentsDeadline, this.adoptedAt, this.adoptedBy, this.adoptedAtMeeting, this.createdAt,
				this.updatedAt, expectedVersion);
	}

	Meeting withStatus(MeetingStatus status) {
		return new Meeting(this.id, this.mechanismId, this.meetingType, this.number, this.title, this.startsLocal,
				this.endsLocal, this.timeZone, this.venue, this.onlineLink, this.languages, status, this.cancelReason,
				this.calendarUid, this.calendarSequence, this.nextDecisionNumber, this.commentsDeadline, this.adoptedAt,
				this.adoptedBy, this.adoptedAtMeeting, this.createdAt, this.updatedAt, this.version);
	}

	Meeting withCalendarSequence(int sequence) {
		return new Meeting(this.id, this.mechanismId, this.meetingType, this.number, this.title, this.startsLocal,
				this.endsLocal, this.timeZone, this.venue, this.onlineLink, this.languages, this.status,
				this.cancelReason, this.calendarUid, sequence, this.nextDecisionNumber, this.commentsDeadline,
				this.adoptedAt, this.adoptedBy, this.adoptedAtMeeting, this.createdAt, this.updatedAt, this.version);
	}

	Meeting cancelled(String reason) {
		return new Meeting(this.id, this.mechanismId, this.meetingType, this.number, this.title, this.startsLocal,
				this.endsLocal, this.timeZone, this.venue, this.onlineLink, this.languages, MeetingStatus.CANCELLED,
				reason, this.calendarUid, this.calendarSequence + 1, this.nextDecisionNumber, this.commentsDeadline,
				this.adoptedAt, this.adoptedBy, this.adoptedAtMeeting, this.createdAt, this.updatedAt, this.version);
	}

	Meeting withNextDecisionNumber(int next) {
		return new Meeting(this.id, this.mechanismId, this.meetingType, this.number, this.title, this.startsLocal,
				this.endsLocal, this.timeZone, this.venue, this.onlineLink, this.languages, this.status,
				this.cancelReason, this.calendarUid, this.calendarSequence, next, this.commentsDeadline, this.adoptedAt,
				this.adoptedBy, this.adoptedAtMeeting, this.createdAt, this.updatedAt, this.version);
	}

	Meeting circulated(java.time.LocalDate deadline) {
		return new Meeting(this.id, this.mechanismId, this.meetingType, this.number, this.title, this.startsLocal,
				this.endsLocal, this.timeZone, this.venue, this.onlineLink, this.languages,
				MeetingStatus.MINUTES_CIRCULATED, this.cancelReason, this.calendarUid, this.calendarSequence,
				this.nextDecisionNumber, deadline, this.adoptedAt, this.adoptedBy, this.adoptedAtMeeting,
				this.createdAt, this.updatedAt, this.version);
	}

	Meeting adopted(Instant at, String by, UUID atMeeting) {
		return new Meeting(this.id, this.mechanismId, this.meetingType, this.number, this.title, this.startsLocal,
				this.endsLocal, this.timeZone, this.venue, this.onlineLink, this.languages,
				MeetingStatus.MINUTES_ADOPTED, this.cancelReason, this.calendarUid, this.calendarSequence,
				this.nextDecisionNumber, this.commentsDeadline, at, by, atMeeting, this.createdAt, this.updatedAt,
				this.version);
	}

	Meeting withVersion(Integer expectedVersion) {
		return new Meeting(this.id, this.mechanismId, this.meetingType, this.number, this.title, this.startsLocal,
				this.endsLocal, this.timeZone, this.venue, this.onlineLink, this.languages, this.status,
				this.cancelReason, this.calendarUid, this.calendarSequence, this.nextDecisionNumber,
				this.commentsDeadline, this.adoptedAt, this.adoptedBy, this.adoptedAtMeeting, this.createdAt,
				this.updatedAt, (expectedVersion != null) ? expectedVersion : this.version);
	}

	/**
	 * The same meeting, last changed at the given instant (LAST-MODIFIED of its
	 * invitations).
	 */
	Meeting changedAt(Instant instant) {
		return new Meeting(this.id, this.mechanismId, this.meetingType, this.number, this.title, this.startsLocal,
				this.endsLocal, this.timeZone, this.venue, this.onlineLink, this.languages, this.status,
				this.cancelReason, this.calendarUid, this.calendarSequence, this.nextDecisionNumber,
				this.commentsDeadline, this.adoptedAt, this.adoptedBy, this.adoptedAtMeeting, this.createdAt, instant,
				this.version);
	}

}
