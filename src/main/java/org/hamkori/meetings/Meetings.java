package org.hamkori.meetings;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.hamkori.directory.Directory;
import org.hamkori.directory.Mechanism;
import org.hamkori.shared.security.MembershipRole;
import org.hamkori.shared.security.Viewer;
import org.hamkori.shared.web.NotFoundException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reading meetings, always through the viewer's rights: a mechanism's meetings are
 * members-only content, so a viewer from elsewhere is told nothing exists (404). Platform
 * admins see everything.
 */
@Service
@Transactional(readOnly = true)
public class Meetings {

	private final MeetingRepository meetings;

	private final AgendaItemRepository agenda;

	private final InvitationRepository invitations;

	private final Directory directory;

	private final Clock clock;

	Meetings(MeetingRepository meetings, AgendaItemRepository agenda, InvitationRepository invitations,
			Directory directory, Clock clock) {
		this.meetings = meetings;
		this.agenda = agenda;
		this.invitations = invitations;
		this.directory = directory;
		this.clock = clock;
	}

	public static boolean canSee(Viewer viewer, UUID mechanismId) {
		return viewer.admin() || viewer.isMemberOf(mechanismId);
	}

	/**
	 * A meeting is seen by its mechanism's members once announced; while it is a draft,
	 * only by those who plan it: the secretariat, the chair and co-chair (and admins).
	 */
	public static boolean canSee(Viewer viewer, Meeting meeting) {
		UUID mechanismId = meeting.mechanismId();
		return canSee(viewer, mechanismId) && (meeting.status() != MeetingStatus.DRAFT || viewer.canManage(mechanismId)
				|| viewer.hasRole(mechanismId, MembershipRole.CHAIR, MembershipRole.CO_CHAIR));
	}

	/** A meeting the viewer may see, or 404. */
	public Meeting visible(Viewer viewer, UUID meetingId) {
		return findVisible(viewer, meetingId).orElseThrow(NotFoundException::new);
	}

	/**
	 * A meeting the viewer may see, or empty: for callers that show or skip a record
	 * without failing the request (an exception inside a joined transaction would leave
	 * it rollback-only).
	 */
	public Optional<Meeting> findVisible(Viewer viewer, UUID meetingId) {
		return this.meetings.findById(meetingId).filter((m) -> canSee(viewer, m));
	}

	public Optional<Meeting> find(UUID meetingId) {
		return this.meetings.findById(meetingId);
	}

	/** The mechanism, if the viewer may see its meetings; else 404. */
	public Mechanism mechanism(Viewer viewer, String code) {
		Mechanism mechanism = this.directory.mechanismOrThrow(code);
		if (!canSee(viewer, mechanism.id())) {
			throw new NotFoundException();
		}
		return mechanism;
	}

	public List<Meeting> ofMechanism(UUID mechanismId) {
		return this.meetings.findByMechanismId(mechanismId);
	}

	/**
	 * The mechanism's meetings the viewer may see (drafts only to those who plan them).
	 */
	public List<Meeting> ofMechanism(UUID mechanismId, Viewer viewer) {
		return ofMechanism(mechanismId).stream().filter((m) -> canSee(viewer, m)).toList();
	}

	/** Not yet ended and not cancelled, soonest first, as the viewer may see them. */
	public List<Meeting> upcoming(UUID mechanismId, Viewer viewer) {
		Instant now = this.clock.instant();
		return ofMechanism(mechanismId, viewer).stream()
			.filter((m) -> m.status() != MeetingStatus.CANCELLED && m.end().toInstant().isAfter(now))
			.sorted(Comparator.comparing((Meeting m) -> m.start().toInstant()))
			.toList();
	}

	/** Ended or cancelled, latest first, as the viewer may see them. */
	public List<Meeting> past(UUID mechanismId, Viewer viewer) {
		Instant now = this.clock.instant();
		return ofMechanism(mechanismId, viewer).stream()
			.filter((m) -> m.status() == MeetingStatus.CANCELLED || !m.end().toInstant().isAfter(now))
			.sorted(Comparator.comparing((Meeting m) -> m.start().toInstant()).reversed())
			.toList();
	}

	public List<AgendaItem> agenda(UUID meetingId) {
		return this.agenda.findByMeetingId(meetingId);
	}

	public Optional<AgendaItem> agendaItem(UUID itemId) {
		return this.agenda.findById(itemId);
	}

	public List<Invitation> invitations(UUID meetingId) {
		return this.invitations.findByMeetingId(meetingId);
	}

	public Optional<Invitation> invitationOf(UUID meetingId, UUID personId) {
		return (personId != null) ? this.invitations.findByMeetingIdAndPersonId(meetingId, personId) : Optional.empty();
	}

	/**
	 * The meetings a person's calendar feed shows: those of the mechanisms they sit in
	 * today, plus any they were invited to, announced or later (drafts are not shared),
	 * and of these only the ones the viewer may see on the meeting pages
	 * ({@link #canSee}), so an invitation does not outlive the seat that earned it.
	 */
	public List<Meeting> calendarOf(Viewer viewer) {
		if (viewer.personId() == null) {
			return List.of();
		}
		var invited = this.invitations.findByPersonId(viewer.personId()).stream().map(Invitation::meetingId).toList();
		var result = new java.util.LinkedHashMap<UUID, Meeting>();
		for (UUID mechanismId : viewer.mechanismIds()) {
			for (Meeting m : this.meetings.findByMechanismId(mechanismId)) {
				result.put(m.id(), m);
			}
		}
		for (UUID meetingId : invited) {
			this.meetings.findById(meetingId).ifPresent((m) -> result.putIfAbsent(m.id(), m));
		}
		return result.values()
			.stream()
			.filter((m) -> m.status() != MeetingStatus.DRAFT && canSee(viewer, m.mechanismId()))
			.sorted(Comparator.comparing((Meeting m) -> m.start().toInstant()))
			.toList();
	}

	/**
	 * Announced meetings still ahead that the viewer was invited to and has not answered,
	 * soonest first; only those the viewer may see on the meeting pages.
	 */
	public List<Meeting> awaitingAnswer(Viewer viewer) {
		if (viewer.personId() == null) {
			return List.of();
		}
		List<UUID> unanswered = this.invitations.findByPersonId(viewer.personId())
			.stream()
			.filter((invitation) -> invitation.response() == Invitation.Response.NONE)
			.map(Invitation::meetingId)
			.toList();
		if (unanswered.isEmpty()) {
			return List.of();
		}
		Instant now = this.clock.instant();
		return this.meetings.findAllById(unanswered)
			.stream()
			.filter((m) -> m.status() == MeetingStatus.ANNOUNCED && m.start().toInstant().isAfter(now)
					&& canSee(viewer, m))
			.sorted(Comparator.comparing((Meeting m) -> m.start().toInstant()).thenComparing(Meeting::id))
			.toList();
	}

	/**
	 * Meetings of the viewer's mechanisms whose minutes are circulated and still open for
	 * comments (the deadline, a day in the mechanism's calendar, not passed), the
	 * earliest deadline first.
	 */
	public List<Meeting> minutesOpenForComments(Viewer viewer) {
		LocalDate today = this.directory.today();
		List<Meeting> open = new ArrayList<>();
		for (UUID mechanismId : viewer.mechanismIds()) {
			this.meetings.findByMechanismId(mechanismId)
				.stream()
				.filter((m) -> m.status() == MeetingStatus.MINUTES_CIRCULATED
						&& (m.commentsDeadline() == null || !m.commentsDeadline().isBefore(today)) && canSee(viewer, m))
				.forEach(open::add);
		}
		open.sort(Comparator.comparing(Meeting::commentsDeadline, Comparator.nullsLast(Comparator.naturalOrder()))
			.thenComparing(Meeting::id));
		return open;
	}

	/**
	 * Meetings of the mechanisms the viewer sits in that changed after the given instant,
	 * latest first; only those the viewer may see (a draft only to those who plan it).
	 */
	public List<Meeting> changedSince(Viewer viewer, Instant since) {
		if (viewer.mechanismIds().isEmpty()) {
			return List.of();
		}
		return this.meetings.findChangedSince(viewer.mechanismIds(), since)
			.stream()
			.filter((m) -> canSee(viewer, m))
			.toList();
	}

	/** {@code CCM-TJ/1}. */
	public String code(Meeting meeting) {
		return meeting.code(this.directory.mechanism(meeting.mechanismId()).map(Mechanism::code).orElse("?"));
	}

}
