package org.hamkori.meetings;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.hamkori.directory.Directory;
import org.hamkori.directory.Mechanism;
import org.hamkori.directory.Membership;
import org.hamkori.meetings.MeetingEvents.MeetingAnnounced;
import org.hamkori.meetings.MeetingEvents.MeetingCancelled;
import org.hamkori.meetings.MeetingEvents.MeetingRescheduled;
import org.hamkori.shared.audit.RecordChanged;
import org.hamkori.shared.i18n.Languages;
import org.hamkori.shared.i18n.LocalizedText;
import org.hamkori.shared.security.Viewer;
import org.hamkori.shared.web.ForbiddenException;
import org.hamkori.shared.web.NotFoundException;
import org.hamkori.shared.rules.RuleViolation;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.jdbc.core.JdbcAggregateTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import static org.hamkori.shared.text.Texts.blankToNull;

/**
 * The secretariat plans meetings: creates and re-plans them, announces them (which
 * invites every current member), cancels them and marks them held; the agenda is kept by
 * {@link MeetingAgenda}. Every change is checked against the viewer's rights and audited
 * in the same transaction.
 */
@Service
@Transactional
public class MeetingPlanning {

	private final Meetings meetings;

	private final MeetingRepository repository;

	private final InvitationRepository invitations;

	private final Directory directory;

	private final JdbcAggregateTemplate aggregates;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	MeetingPlanning(Meetings meetings, MeetingRepository repository, InvitationRepository invitations,
			Directory directory, JdbcAggregateTemplate aggregates, ApplicationEventPublisher events, Clock clock) {
		this.meetings = meetings;
		this.repository = repository;
		this.invitations = invitations;
		this.directory = directory;
		this.aggregates = aggregates;
		this.events = events;
		this.clock = clock;
	}

	public Meeting create(Viewer viewer, String mechanismCode, MeetingForm form) {
		Mechanism mechanism = this.directory.mechanismOrThrow(mechanismCode);
		requireManager(viewer, mechanism.id());
		checkPlan(form);
		LocalizedText title = title(null, form.title(), viewer);
		Meeting meeting = null;
		for (int attempt = 0; meeting == null; attempt++) {
			int number = this.repository.maxNumber(mechanism.id(), form.type().name()) + 1;
			try {
				meeting = this.aggregates.insert(new Meeting(UUID.randomUUID(), mechanism.id(), form.type(), number,
						title, form.startsAt(), form.endsAt(), form.timeZone().strip(), blankToNull(form.venue()),
						blankToNull(form.onlineLink()), languages(form.languages()), MeetingStatus.DRAFT, null,
						UUID.randomUUID() + "@hamkori", 0, 1, null, null, null, null, this.clock.instant(), null, 0));
			}
			catch (DuplicateKeyException ex) {
				if (attempt > 3) {
					throw ex;
				}
			}
		}
		if (form.type().hasFollowUp()) {
			this.aggregates.insert(new AgendaItem(UUID.randomUUID(), meeting.id(), 0, followUpTitle(),
					AgendaKind.DISCUSSION, null, null, 15, AgendaStatus.ACCEPTED, AgendaItem.FOLLOW_UP, null, null, 0));
		}
		audit(viewer, meeting, "meeting", meeting.id(), "created", changes("number", null, meeting.number(), "start",
				null, meeting.startsLocal(), "timeZone", null, meeting.timeZone()));
		return meeting;
	}

	public Meeting update(Viewer viewer, UUID meetingId, MeetingForm form) {
		Meeting before = managed(viewer, meetingId);
		if (!before.status().isPlanned()) {
			throw new RuleViolation(null, "meeting.error.notPlanned");
		}
		checkPlan(form);
		int number = before.number();
		if (form.type() != before.meetingType()) {
			number = this.repository.maxNumber(before.mechanismId(), form.type().name()) + 1;
		}
		Meeting after = before.withPlan(form.type(), number, title(before.title(), form.title(), viewer),
				form.startsAt(), form.endsAt(), form.timeZone().strip(), blankToNull(form.venue()),
				blankToNull(form.onlineLink()), languages(form.languages()), form.version());
		boolean resend = before.status() == MeetingStatus.ANNOUNCED && (!before.start().equals(after.start())
				|| !before.end().equals(after.end()) || !same(before.venue(), after.venue())
				|| !same(before.onlineLink(), after.onlineLink()) || !before.title().equals(after.title()));
		if (resend) {
			after = after.withCalendarSequence(before.calendarSequence() + 1);
		}
		after = this.repository.save(after);
		audit(viewer, after, "meeting", after.id(), "updated",
				changes("start", before.startsLocal(), after.startsLocal(), "end", before.endsLocal(),
						after.endsLocal(), "timeZone", before.timeZone(), after.timeZone(), "venue", before.venue(),
						after.venue(), "onlineLink", before.onlineLink(), after.onlineLink()));
		if (resend) {
			inviteNewMembers(after);
			this.events.publishEvent(new MeetingRescheduled(after.id(), after.calendarSequence()));
		}
		return after;
	}

	/** Sends the invitations: only for a meeting that has not started yet. */
	public Meeting announce(Viewer viewer, UUID meetingId, Integer version) {
		Meeting before = managed(viewer, meetingId);
		if (before.status() != MeetingStatus.DRAFT) {
			throw new RuleViolation(null, "meeting.error.notDraft");
		}
		if (!before.start().toInstant().isAfter(this.clock.instant())) {
			throw new RuleViolation(null, "meeting.error.past");
		}
		Meeting after = this.repository.save(before.withStatus(MeetingStatus.ANNOUNCED).withVersion(version));
		inviteNewMembers(after);
		audit(viewer, after, "meeting", after.id(), "announced", changes("status", before.status(), after.status()));
		this.events.publishEvent(new MeetingAnnounced(after.id(), after.calendarSequence()));
		return after;
	}

	public Meeting cancel(Viewer viewer, UUID meetingId, String reason, Integer version) {
		Meeting before = managed(viewer, meetingId);
		if (!before.status().isPlanned()) {
			throw new RuleViolation(null, "meeting.error.notPlanned");
		}
		if (reason == null || reason.isBlank()) {
			throw new RuleViolation("reason", "validation.required");
		}
		Meeting after = this.repository.save(before.cancelled(reason.strip()).withVersion(version));
		audit(viewer, after, "meeting", after.id(), "cancelled",
				changes("status", before.status(), after.status(), "reason", null, reason.strip()));
		if (before.status() == MeetingStatus.ANNOUNCED) {
			this.events.publishEvent(new MeetingCancelled(after.id(), after.calendarSequence()));
		}
		return after;
	}

	/** Records that an announced meeting took place; attendance and minutes follow. */
	public Meeting markHeld(Viewer viewer, UUID meetingId, Integer version) {
		Meeting before = managed(viewer, meetingId);
		if (before.status() != MeetingStatus.ANNOUNCED) {
			throw new RuleViolation(null, "meeting.error.notAnnounced");
		}
		Meeting after = this.repository.save(before.withStatus(MeetingStatus.HELD).withVersion(version));
		audit(viewer, after, "meeting", after.id(), "held", changes("status", before.status(), after.status()));
		return after;
	}

	// --- helpers ---

	/**
	 * Invites every person who currently sits in the mechanism and has no invitation yet.
	 */
	private void inviteNewMembers(Meeting meeting) {
		Set<UUID> invited = new java.util.HashSet<>(
				this.invitations.findByMeetingId(meeting.id()).stream().map(Invitation::personId).toList());
		var today = this.directory.today();
		for (Membership membership : this.directory.membershipsOfMechanism(meeting.mechanismId())) {
			if (membership.isActiveOn(today) && invited.add(membership.personId())) {
				this.aggregates.insert(new Invitation(UUID.randomUUID(), meeting.id(), membership.personId(),
						Invitation.Response.NONE, null, null, null));
			}
		}
	}

	private void checkPlan(MeetingForm form) {
		ZoneId zone;
		try {
			zone = ZoneId.of(form.timeZone().strip());
		}
		catch (DateTimeException ex) {
			throw new RuleViolation("timeZone", "validation.meeting.zone", form.timeZone());
		}
		if (zone instanceof ZoneOffset || !form.timeZone().contains("/")) {
			throw new RuleViolation("timeZone", "validation.meeting.zone", form.timeZone());
		}
		if (!form.endsAt().isAfter(form.startsAt())) {
			throw new RuleViolation("endsAt", "validation.meeting.end");
		}
		if (blankToNull(form.venue()) == null && blankToNull(form.onlineLink()) == null) {
			throw new RuleViolation("venue", "validation.meeting.place");
		}
		for (String language : form.languages()) {
			if (!Languages.isSupported(language)) {
				throw new RuleViolation("languages", "validation.meeting.languages");
			}
		}
	}

	private static LocalizedText followUpTitle() {
		return LocalizedText.of(Map.of("en", "Follow-up of actions", "ru", "Контроль исполнения поручений", "tg",
				"Пайгирии иҷрои амалҳо", "uz", "Topshiriqlar ijrosi nazorati", "kk",
				"Тапсырмалардың орындалуын бақылау", "ky", "Тапшырмалардын аткарылышын көзөмөлдөө"));
	}

	private static LocalizedText title(LocalizedText before, String title, Viewer viewer) {
		Map<String, String> values = new LinkedHashMap<>((before != null) ? before.values() : Map.of());
		String language = org.springframework.context.i18n.LocaleContextHolder.getLocale().getLanguage();
		if (title == null || title.isBlank()) {
			values.remove(language);
		}
		else {
			values.put(Languages.isSupported(language) ? language : "en", title.strip());
		}
		return LocalizedText.of(values);
	}

	private static String languages(List<String> languages) {
		return String.join(",", languages.stream().distinct().toList());
	}

	/**
	 * A meeting the viewer runs (secretariat or admin); 403 for other members, 404 for
	 * the rest.
	 */
	public Meeting managedMeeting(Viewer viewer, UUID meetingId) {
		return managed(viewer, meetingId);
	}

	Meeting managed(Viewer viewer, UUID meetingId) {
		Meeting meeting = this.meetings.visible(viewer, meetingId);
		requireManager(viewer, meeting.mechanismId());
		return meeting;
	}

	static void requireManager(Viewer viewer, UUID mechanismId) {
		if (!viewer.canManage(mechanismId)) {
			throw viewer.isMemberOf(mechanismId) ? new ForbiddenException() : new NotFoundException();
		}
	}

	void audit(Viewer viewer, Meeting meeting, String type, UUID id, String action, Map<String, Object> changes) {
		this.events.publishEvent(new RecordChanged(viewer.actor(), meeting.mechanismId(), type, id, action, changes));
	}

	static Map<String, Object> changes(Object... triples) {
		return RecordChanged.diff(triples);
	}

	private static boolean same(Object a, Object b) {
		return java.util.Objects.equals(a, b);
	}

	Instant now() {
		return this.clock.instant();
	}

}
