package org.hamkori.meetings;

import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.hamkori.shared.jdbc.VisibilityMarks;
import org.hamkori.shared.security.Viewer;
import org.hamkori.shared.security.Visibility;
import org.hamkori.shared.web.NotFoundException;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the secretariat released to the public (decision 0041): a meeting (its date, place
 * and adopted summary) and each decision are members-only until the mechanism's
 * secretariat marks them public. The public portal reads meetings and decisions only
 * through here, so nothing unmarked can reach it; a draft or cancelled meeting never
 * does.
 */
@Service
@Transactional
public class MeetingPublication {

	private final JdbcClient jdbc;

	private final MeetingRepository meetings;

	private final DecisionRepository decisions;

	private final MinutesRepository minutes;

	private final Meetings reader;

	private final VisibilityMarks marks;

	private final Clock clock;

	MeetingPublication(JdbcClient jdbc, MeetingRepository meetings, DecisionRepository decisions,
			MinutesRepository minutes, Meetings reader, ApplicationEventPublisher events, Clock clock) {
		this.jdbc = jdbc;
		this.meetings = meetings;
		this.decisions = decisions;
		this.minutes = minutes;
		this.reader = reader;
		this.marks = new VisibilityMarks(jdbc, events);
		this.clock = clock;
	}

	/** A public decision with its meeting and its number ({@code CCM-TJ/1/D2}). */
	public record PublicDecision(Decision decision, Meeting meeting, String number) {
	}

	// --- reading what is public ---

	@Transactional(readOnly = true)
	public Visibility ofMeeting(UUID meetingId) {
		return this.marks.of("meeting", meetingId);
	}

	@Transactional(readOnly = true)
	public Visibility ofDecision(UUID decisionId) {
		return this.marks.of("decision", decisionId);
	}

	/** The mechanism's public meetings, announced or held, earliest first. */
	@Transactional(readOnly = true)
	public List<Meeting> publicMeetings(UUID mechanismId) {
		List<UUID> ids = this.jdbc.sql("""
				select id from meeting
				where mechanism_id = ? and visibility = 'PUBLIC' and status not in ('DRAFT', 'CANCELLED')
				""").param(mechanismId).query(UUID.class).list();
		return this.meetings.findAllById(ids)
			.stream()
			.sorted(Comparator.comparing((Meeting m) -> m.start().toInstant()))
			.toList();
	}

	@Transactional(readOnly = true)
	public Optional<Meeting> publicMeeting(UUID meetingId) {
		return this.meetings.findById(meetingId)
			.filter((m) -> m.status() != MeetingStatus.DRAFT && m.status() != MeetingStatus.CANCELLED)
			.filter((m) -> ofMeeting(m.id()) == Visibility.PUBLIC);
	}

	/** Whether the meeting has ended, by the clock. */
	public boolean held(Meeting meeting) {
		return !meeting.end().toInstant().isAfter(this.clock.instant());
	}

	/**
	 * The summary of a public meeting whose minutes were adopted, in the language asked
	 * for or else the first of its minutes languages; empty otherwise.
	 */
	@Transactional(readOnly = true)
	public Optional<String> publicSummary(UUID meetingId, Locale locale) {
		Optional<Meeting> meeting = publicMeeting(meetingId).filter((m) -> m.status() == MeetingStatus.MINUTES_ADOPTED);
		if (meeting.isEmpty()) {
			return Optional.empty();
		}
		List<Minutes> all = this.minutes.findByMeetingId(meetingId);
		return all.stream()
			.filter((m) -> m.language().equals(locale.getLanguage()))
			.findFirst()
			.or(() -> all.stream().filter((m) -> m.language().equals("en")).findFirst())
			.or(() -> all.stream().findFirst())
			.map((m) -> m.summaryOf(Minutes.OPENING))
			.filter((s) -> !s.isBlank());
	}

	/** The mechanism's public decisions, newest meeting first, by number. */
	@Transactional(readOnly = true)
	public List<PublicDecision> publicDecisions(UUID mechanismId) {
		List<UUID> ids = this.jdbc.sql("""
				select d.id from decision d join meeting m on m.id = d.meeting_id
				where m.mechanism_id = ? and d.visibility = 'PUBLIC' and m.status not in ('DRAFT', 'CANCELLED')
				""").param(mechanismId).query(UUID.class).list();
		return described(this.decisions.findAllById(ids));
	}

	/** The public decisions of one meeting, by number. */
	@Transactional(readOnly = true)
	public List<PublicDecision> publicDecisionsOf(UUID meetingId) {
		return this.meetings.findById(meetingId)
			.map((m) -> publicDecisions(m.mechanismId()).stream()
				.filter((d) -> d.meeting().id().equals(meetingId))
				.toList())
			.orElse(List.of());
	}

	@Transactional(readOnly = true)
	public Optional<PublicDecision> publicDecision(UUID decisionId) {
		return this.decisions.findById(decisionId)
			.filter((d) -> ofDecision(d.id()) == Visibility.PUBLIC)
			.flatMap((d) -> described(List.of(d)).stream().findFirst());
	}

	private List<PublicDecision> described(List<Decision> list) {
		return list.stream()
			.flatMap((d) -> this.meetings.findById(d.meetingId())
				.filter((m) -> m.status() != MeetingStatus.DRAFT && m.status() != MeetingStatus.CANCELLED)
				.map((m) -> new PublicDecision(d, m, this.reader.code(m) + "/D" + d.number()))
				.stream())
			.sorted(Comparator.comparing((PublicDecision p) -> p.meeting().start().toInstant())
				.reversed()
				.thenComparingInt((p) -> p.decision().number()))
			.toList();
	}

	// --- marking ---

	/**
	 * The secretariat marks a meeting (and its adopted summary) public or members-only.
	 */
	public void markMeeting(Viewer viewer, UUID meetingId, Visibility visibility) {
		Meeting meeting = this.meetings.findById(meetingId)
			.filter((m) -> viewer.canManage(m.mechanismId()))
			.orElseThrow(NotFoundException::new);
		this.marks.mark(viewer, meeting.mechanismId(), "meeting", meetingId, visibility);
	}

	/** The secretariat marks a decision public or members-only. */
	public void markDecision(Viewer viewer, UUID decisionId, Visibility visibility) {
		Decision decision = this.decisions.findById(decisionId).orElseThrow(NotFoundException::new);
		Meeting meeting = this.meetings.findById(decision.meetingId())
			.filter((m) -> viewer.canManage(m.mechanismId()))
			.orElseThrow(NotFoundException::new);
		this.marks.mark(viewer, meeting.mechanismId(), "decision", decisionId, visibility);
	}

	/** Demo data only: marks without a viewer or an audit row. */
	void markForDemo(String table, UUID id) {
		this.marks.markForDemo(table, id);
	}

}
