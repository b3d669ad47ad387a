package org.hamkori.meetings;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.hamkori.actions.ActionItem;
import org.hamkori.actions.ActionItems;
import org.hamkori.actions.NewAction;
import org.hamkori.directory.Directory;
import org.hamkori.directory.Mechanism;
import org.hamkori.meetings.MeetingEvents.MinutesCirculated;
import org.hamkori.shared.audit.RecordChanged;
import org.hamkori.shared.i18n.LocalizedText;
import org.hamkori.shared.security.MembershipRole;
import org.hamkori.shared.security.Viewer;
import org.hamkori.shared.text.RichText;
import org.hamkori.shared.web.ForbiddenException;
import org.hamkori.shared.web.NotFoundException;
import org.hamkori.shared.rules.RuleViolation;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.jdbc.core.JdbcAggregateTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import static org.hamkori.shared.text.Texts.blankToNull;

/**
 * Minutes and decisions of a held meeting, and their road to adoption: the secretariat
 * drafts them (in each working language, each complete on its own), circulates them to
 * the members with a deadline for comments, resolves every comment, and the chair adopts
 * them (or the secretariat records their adoption, perhaps at a later meeting). Adopted
 * minutes are locked; every saved state is kept as a revision. Two secretaries saving the
 * same minutes never lose text: the second save is refused with both versions to compare.
 */
@Service
@Transactional
public class MinutesBook {

	private final MeetingPlanning planning;

	private final Meetings meetings;

	private final MeetingRepository meetingRepository;

	private final MinutesRepository minutes;

	private final MinutesRevisionRepository revisions;

	private final MinutesCommentRepository comments;

	private final DecisionRepository decisions;

	private final Directory directory;

	private final RichText richText;

	private final ActionItems actions;

	private final JdbcAggregateTemplate aggregates;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	MinutesBook(MeetingPlanning planning, Meetings meetings, MeetingRepository meetingRepository,
			MinutesRepository minutes, MinutesRevisionRepository revisions, MinutesCommentRepository comments,
			DecisionRepository decisions, Directory directory, RichText richText, ActionItems actions,
			JdbcAggregateTemplate aggregates, ApplicationEventPublisher events, Clock clock) {
		this.actions = actions;
		this.planning = planning;
		this.meetings = meetings;
		this.meetingRepository = meetingRepository;
		this.minutes = minutes;
		this.revisions = revisions;
		this.comments = comments;
		this.decisions = decisions;
		this.directory = directory;
		this.richText = richText;
		this.aggregates = aggregates;
		this.events = events;
		this.clock = clock;
	}

	// --- reading ---

	@Transactional(readOnly = true)
	public List<Minutes> of(UUID meetingId) {
		return this.minutes.findByMeetingId(meetingId);
	}

	@Transactional(readOnly = true)
	public Optional<Minutes> in(UUID meetingId, String language) {
		return this.minutes.findByMeetingIdAndLanguage(meetingId, language);
	}

	@Transactional(readOnly = true)
	public List<MinutesRevision> revisions(UUID minutesId) {
		return this.revisions.findByMinutesId(minutesId);
	}

	@Transactional(readOnly = true)
	public List<Decision> decisions(UUID meetingId) {
		return this.decisions.findByMeetingId(meetingId);
	}

	@Transactional(readOnly = true)
	public Optional<Decision> decision(UUID decisionId) {
		return this.decisions.findById(decisionId);
	}

	@Transactional(readOnly = true)
	public List<MinutesComment> comments(UUID meetingId) {
		return this.comments.findByMeetingId(meetingId);
	}

	/** {@code CCM-TJ/1/D3}. */
	public String decisionNumber(Meeting meeting, Decision decision) {
		return this.meetings.code(meeting) + "/D" + decision.number();
	}

	/**
	 * The decision a number such as {@code CCM-TJ/1/D3} names, if the viewer may see its
	 * meeting; else empty (an unknown number and a hidden one answer alike).
	 */
	@Transactional(readOnly = true)
	public Optional<Decision> findVisibleDecision(Viewer viewer, String number) {
		if (number == null) {
			return Optional.empty();
		}
		String code = number.strip();
		int cut = code.toUpperCase(java.util.Locale.ROOT).lastIndexOf("/D");
		int slash = (cut > 0) ? code.lastIndexOf('/', cut - 1) : -1;
		if (slash <= 0) {
			return Optional.empty();
		}
		Optional<Mechanism> mechanism = this.directory.mechanism(code.substring(0, slash));
		if (mechanism.isEmpty()) {
			return Optional.empty();
		}
		String meetingCode = code.substring(0, cut);
		return this.meetings.ofMechanism(mechanism.get().id(), viewer)
			.stream()
			.filter((m) -> this.meetings.code(m).equalsIgnoreCase(meetingCode))
			.findFirst()
			.flatMap((m) -> this.decisions.findByMeetingId(m.id())
				.stream()
				.filter((d) -> code.equalsIgnoreCase(decisionNumber(m, d)))
				.findFirst());
	}

	// --- writing the minutes ---

	/**
	 * Saves the minutes in one language. {@code version} is what the writer started from
	 * (null for new minutes); if someone saved meanwhile, nothing is stored and an
	 * {@link OptimisticLockingFailureException} is thrown, so the page can show both
	 * texts.
	 */
	public Minutes save(Viewer viewer, UUID meetingId, String language, Map<String, String> summaries,
			Integer version) {
		Meeting meeting = editable(viewer, meetingId);
		if (!meeting.languageList().contains(language)) {
			throw new RuleViolation("language", "minutes.error.language");
		}
		Map<String, String> clean = new LinkedHashMap<>();
		for (var entry : summaries.entrySet()) {
			String text = (entry.getValue() != null) ? entry.getValue().strip() : "";
			List<String> problems = this.richText.problems(text);
			if (!problems.isEmpty()) {
				throw new RuleViolation(entry.getKey(), problems.get(0));
			}
			if (text.length() > 50_000) {
				throw new RuleViolation(entry.getKey(), "minutes.error.long");
			}
			if (!text.isEmpty()) {
				clean.put(entry.getKey(), text);
			}
		}
		Optional<Minutes> existing = this.minutes.findByMeetingIdAndLanguage(meetingId, language);
		Minutes saved;
		var now = this.clock.instant();
		if (existing.isEmpty()) {
			if (version != null) {
				throw new OptimisticLockingFailureException("minutes were removed");
			}
			saved = this.aggregates.insert(
					new Minutes(UUID.randomUUID(), meetingId, language, Minutes.write(clean), now, viewer.actor(), 0));
		}
		else {
			Minutes before = existing.get();
			if (version == null || !version.equals(before.version())) {
				throw new OptimisticLockingFailureException("minutes changed meanwhile");
			}
			saved = this.minutes.save(new Minutes(before.id(), meetingId, language, Minutes.write(clean), now,
					viewer.actor(), before.version()));
		}
		int revision = this.revisions.findByMinutesId(saved.id()).size() + 1;
		this.aggregates.insert(
				new MinutesRevision(UUID.randomUUID(), saved.id(), revision, saved.summaries(), now, viewer.actor()));
		if (meeting.status() == MeetingStatus.HELD) {
			this.meetingRepository.save(meeting.withStatus(MeetingStatus.MINUTES_DRAFT));
		}
		audit(viewer, meeting, "minutes", saved.id(), "saved",
				RecordChanged.diff("language", null, language, "revision", null, revision));
		return saved;
	}

	// --- decisions ---

	public Decision addDecision(Viewer viewer, UUID meetingId, UUID agendaItemId, LocalizedText text) {
		Meeting meeting = editable(viewer, meetingId);
		checkDecisionText(text);
		if (agendaItemId != null
				&& this.meetings.agendaItem(agendaItemId).filter((i) -> i.meetingId().equals(meetingId)).isEmpty()) {
			throw new RuleViolation("agendaItemId", "validation.required");
		}
		int number = meeting.nextDecisionNumber();
		this.meetingRepository.save(meeting.withNextDecisionNumber(number + 1));
		Decision decision = this.aggregates
			.insert(new Decision(UUID.randomUUID(), meetingId, agendaItemId, number, text, this.clock.instant(), 0));
		audit(viewer, meeting, "decision", decision.id(), "created",
				RecordChanged.diff("number", null, number, "text", null, text.values()));
		return decision;
	}

	public Decision updateDecision(Viewer viewer, UUID decisionId, LocalizedText text, Integer version) {
		Decision before = this.decisions.findById(decisionId).orElseThrow(NotFoundException::new);
		Meeting meeting = editable(viewer, before.meetingId());
		checkDecisionText(text);
		Decision after = this.decisions.save(new Decision(before.id(), before.meetingId(), before.agendaItemId(),
				before.number(), text, before.createdAt(), version));
		audit(viewer, meeting, "decision", decisionId, "updated",
				RecordChanged.diff("text", before.text().values(), text.values()));
		return after;
	}

	private static void checkDecisionText(LocalizedText text) {
		if (text == null || text.isEmpty()) {
			throw new RuleViolation("text", "validation.decision.text");
		}
		for (String value : text.values().values()) {
			if (value.length() > 4000) {
				throw new RuleViolation("text", "validation.decision.text");
			}
		}
	}

	/**
	 * An action agreed in a decision: owned by a member institution (and optionally a
	 * person), with a due date; it lives on in the actions module after the meeting.
	 */
	public ActionItem addAction(Viewer viewer, UUID decisionId, LocalizedText title, UUID ownerOrganisationId,
			UUID ownerPersonId, LocalDate dueDate) {
		Decision decision = this.decisions.findById(decisionId).orElseThrow(NotFoundException::new);
		Meeting meeting = editable(viewer, decision.meetingId());
		return this.actions.create(new NewAction(meeting.mechanismId(), title, ownerOrganisationId, ownerPersonId,
				dueDate, meeting.id(), decision.id(), decisionNumber(meeting, decision)), viewer);
	}

	// --- circulation, comments, adoption ---

	public Meeting circulate(Viewer viewer, UUID meetingId, LocalDate deadline) {
		Meeting meeting = this.planning.managed(viewer, meetingId);
		if (meeting.status() != MeetingStatus.MINUTES_DRAFT && meeting.status() != MeetingStatus.MINUTES_CIRCULATED) {
			throw new RuleViolation(null, "minutes.error.notDraft");
		}
		if (deadline == null || deadline.isBefore(this.directory.today())) {
			throw new RuleViolation("deadline", "validation.minutes.deadline");
		}
		List<String> written = of(meetingId).stream().map(Minutes::language).toList();
		List<String> missing = meeting.languageList().stream().filter((l) -> !written.contains(l)).toList();
		if (!missing.isEmpty()) {
			throw new RuleViolation(null, "minutes.error.missingLanguage", String.join(", ", missing));
		}
		Meeting after = this.meetingRepository.save(meeting.circulated(deadline));
		audit(viewer, meeting, "meeting", meetingId, "minutes-circulated",
				RecordChanged.diff("status", meeting.status(), after.status(), "deadline", null, deadline));
		this.events.publishEvent(new MinutesCirculated(meetingId));
		return after;
	}

	/** A member comments on circulated minutes, until the deadline. */
	public MinutesComment comment(Viewer viewer, UUID meetingId, String body) {
		Meeting meeting = this.meetings.visible(viewer, meetingId);
		if (meeting.status() != MeetingStatus.MINUTES_CIRCULATED) {
			throw new RuleViolation("body", "minutes.error.notCirculated");
		}
		if (meeting.commentsDeadline() != null && this.directory.today().isAfter(meeting.commentsDeadline())) {
			throw new RuleViolation("body", "minutes.error.deadlinePassed");
		}
		String text = blankToNull(body);
		if (text == null || text.length() > 4000) {
			throw new RuleViolation("body", "validation.comment");
		}
		List<String> problems = this.richText.problems(text);
		if (!problems.isEmpty()) {
			throw new RuleViolation("body", problems.get(0));
		}
		String name = (viewer.personId() != null)
				? this.directory.person(viewer.personId()).map((p) -> p.fullName()).orElse(viewer.actor())
				: viewer.actor();
		MinutesComment comment = this.aggregates.insert(new MinutesComment(UUID.randomUUID(), meetingId, viewer.actor(),
				name, text, this.clock.instant(), null, null, null));
		audit(viewer, meeting, "minutes-comment", comment.id(), "created", Map.of());
		return comment;
	}

	public MinutesComment resolve(Viewer viewer, UUID commentId, String resolution) {
		MinutesComment before = this.comments.findById(commentId).orElseThrow(NotFoundException::new);
		Meeting meeting = editable(viewer, before.meetingId());
		String text = blankToNull(resolution);
		if (text == null || text.length() > 2000) {
			throw new RuleViolation("resolution", "validation.comment.resolution");
		}
		MinutesComment after = this.comments.save(new MinutesComment(before.id(), before.meetingId(), before.author(),
				before.authorName(), before.body(), before.createdAt(), text, viewer.actor(), this.clock.instant()));
		audit(viewer, meeting, "minutes-comment", commentId, "resolved", RecordChanged.diff("resolution", null, text));
		return after;
	}

	/**
	 * Adopts circulated minutes once every comment is resolved: the chair adopts them, or
	 * the secretariat records their adoption, optionally naming the later meeting of the
	 * same mechanism that adopted them.
	 */
	public Meeting adopt(Viewer viewer, UUID meetingId, UUID atMeetingId) {
		Meeting meeting = this.meetings.visible(viewer, meetingId);
		boolean chair = viewer.hasRole(meeting.mechanismId(), MembershipRole.CHAIR, MembershipRole.CO_CHAIR);
		if (!chair && !viewer.canManage(meeting.mechanismId())) {
			throw new ForbiddenException();
		}
		if (meeting.status() == MeetingStatus.MINUTES_ADOPTED) {
			throw new RuleViolation(null, "minutes.error.locked");
		}
		if (meeting.status() != MeetingStatus.MINUTES_CIRCULATED) {
			throw new RuleViolation(null, "minutes.error.notCirculated");
		}
		long open = comments(meetingId).stream().filter((c) -> !c.isResolved()).count();
		if (open > 0) {
			throw new RuleViolation(null, "minutes.error.openComments", open);
		}
		if (atMeetingId != null) {
			Meeting later = this.meetings.find(atMeetingId)
				.filter((m) -> m.mechanismId().equals(meeting.mechanismId()) && !m.id().equals(meetingId)
						&& m.start().isAfter(meeting.start()))
				.orElseThrow(() -> new RuleViolation("atMeeting", "minutes.error.atMeeting"));
			atMeetingId = later.id();
		}
		Meeting after = this.meetingRepository.save(meeting.adopted(this.clock.instant(), viewer.actor(), atMeetingId));
		audit(viewer, meeting, "meeting", meetingId, "minutes-adopted",
				RecordChanged.diff("status", meeting.status(), after.status(), "atMeeting", null, atMeetingId));
		return after;
	}

	/** The secretariat's minutes, while not adopted. */
	Meeting editable(Viewer viewer, UUID meetingId) {
		Meeting meeting = this.planning.managed(viewer, meetingId);
		if (meeting.status() == MeetingStatus.MINUTES_ADOPTED) {
			throw new RuleViolation(null, "minutes.error.locked");
		}
		if (!meeting.status().isHeld()) {
			throw new RuleViolation(null, "attendance.error.notHeld");
		}
		return meeting;
	}

	Mechanism mechanismOf(Meeting meeting) {
		return this.directory.mechanism(meeting.mechanismId()).orElseThrow();
	}

	private void audit(Viewer viewer, Meeting meeting, String type, UUID id, String action,
			Map<String, Object> changes) {
		this.events.publishEvent(new RecordChanged(viewer.actor(), meeting.mechanismId(), type, id, action, changes));
	}

}
