package org.hamkori.issues;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;

import org.hamkori.actions.ActionItem;
import org.hamkori.actions.ActionItems;
import org.hamkori.directory.Directory;
import org.hamkori.directory.Mechanism;
import org.hamkori.meetings.AgendaItemForm;
import org.hamkori.meetings.AgendaKind;
import org.hamkori.meetings.Meeting;
import org.hamkori.meetings.MeetingAgenda;
import org.hamkori.meetings.Meetings;
import org.hamkori.shared.i18n.LocalizedText;
import org.hamkori.shared.security.MembershipRole;
import org.hamkori.shared.security.Viewer;
import org.hamkori.shared.security.Visibility;
import org.hamkori.shared.web.ForbiddenException;
import org.hamkori.shared.web.NotFoundException;
import org.hamkori.shared.rules.RuleViolation;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.jdbc.core.JdbcAggregateTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import static org.hamkori.shared.text.Texts.blankToNull;

/**
 * The national → regional → national loop. A CCM secretariat escalates an issue with a
 * note (once); the RCM's members then see exactly that issue, grouped by GCM objective
 * and country; the RCM secretariat merges escalated items into a regional issue, places
 * it on an RCM meeting's agenda, and sends a regional recommendation down to the
 * mechanisms it names, where it arrives as an incoming item the CCM's secretariat must
 * answer: accepted with actions, or explained.
 */
@Service
@Transactional
public class RegionalLoop {

	private final IssueRegister register;

	private final IssueLifecycle lifecycle;

	private final IssueRepository issues;

	private final EscalationRepository escalations;

	private final IncomingItemRepository incoming;

	private final Directory directory;

	private final Meetings meetings;

	private final MeetingAgenda agenda;

	private final ActionItems actions;

	private final JdbcAggregateTemplate aggregates;

	private final JdbcClient jdbc;

	private final Clock clock;

	RegionalLoop(IssueRegister register, IssueLifecycle lifecycle, IssueRepository issues,
			EscalationRepository escalations, IncomingItemRepository incoming, Directory directory, Meetings meetings,
			MeetingAgenda agenda, ActionItems actions, JdbcAggregateTemplate aggregates, JdbcClient jdbc, Clock clock) {
		this.register = register;
		this.lifecycle = lifecycle;
		this.issues = issues;
		this.escalations = escalations;
		this.incoming = incoming;
		this.directory = directory;
		this.meetings = meetings;
		this.agenda = agenda;
		this.actions = actions;
		this.aggregates = aggregates;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	public Mechanism regional() {
		return this.directory.mechanismOrThrow(Mechanism.REGIONAL_CODE);
	}

	// --- up ---

	public Escalation escalate(Viewer viewer, UUID issueId, String note) {
		return escalate(viewer, issueId, null, note);
	}

	/**
	 * Escalates a recommendation: its issue goes up, naming the recommendation, so the
	 * region sees both (and nothing else of the country).
	 */
	public Escalation escalateRecommendation(Viewer viewer, UUID recommendationId, String note) {
		Recommendation recommendation = this.register.recommendation(recommendationId)
			.orElseThrow(NotFoundException::new);
		return escalate(viewer, recommendation.issueId(), recommendationId, note);
	}

	private Escalation escalate(Viewer viewer, UUID issueId, UUID recommendationId, String note) {
		Issue issue = this.register.managed(viewer, issueId);
		Mechanism from = this.directory.mechanism(issue.mechanismId()).orElseThrow();
		if (from.regional()) {
			throw new RuleViolation(null, "escalation.error.regional");
		}
		if (this.escalations.findByIssueId(issueId).isPresent()) {
			throw new RuleViolation(null, "escalation.error.twice");
		}
		if (!issue.status().isOpen()) {
			throw new RuleViolation(null, "issue.error.closed");
		}
		Escalation escalation;
		try {
			escalation = this.aggregates.insert(new Escalation(UUID.randomUUID(), issueId, recommendationId,
					issue.mechanismId(), blankToNull(note), viewer.actor(), this.clock.instant(), null));
		}
		catch (DuplicateKeyException ex) {
			throw new RuleViolation(null, "escalation.error.twice");
		}
		this.lifecycle.moveTo(viewer, issue, IssueStatus.ESCALATED, blankToNull(note), null);
		return escalation;
	}

	/** An escalated issue as the regional board lists it. */
	public record Escalated(Escalation escalation, Issue issue, Mechanism from) {
	}

	@Transactional(readOnly = true)
	public List<Escalated> board(Viewer viewer) {
		requireRegionalMember(viewer);
		Map<UUID, Mechanism> mechanisms = this.directory.mechanismsById();
		List<Escalated> result = new ArrayList<>();
		for (Escalation e : this.escalations.findAllLatestFirst()) {
			this.issues.findById(e.issueId())
				.ifPresent((i) -> result.add(new Escalated(e, i, mechanisms.get(e.fromMechanism()))));
		}
		return result;
	}

	/** Themes (GCM objectives) × countries: how many escalated issues each pair has. */
	@Transactional(readOnly = true)
	public Map<Integer, Map<String, Integer>> matrix(List<Escalated> escalated) {
		Map<Integer, Map<String, Integer>> matrix = new TreeMap<>();
		for (Escalated e : escalated) {
			List<Integer> themes = e.issue().gcmObjectiveList().isEmpty() ? List.of(0) : e.issue().gcmObjectiveList();
			for (Integer theme : themes) {
				matrix.computeIfAbsent(theme, (t) -> new TreeMap<>()).merge(e.from().code(), 1, Integer::sum);
			}
		}
		return matrix;
	}

	// --- at the region ---

	/** Merges escalated items into one regional issue of the RCM, under discussion. */
	public Issue merge(Viewer viewer, List<UUID> escalationIds, String language, String title, String description) {
		Mechanism rcm = regional();
		requireRegionalSecretariat(viewer, rcm);
		if (escalationIds == null || escalationIds.isEmpty()) {
			throw new RuleViolation("escalation", "escalation.error.none");
		}
		List<Escalation> chosen = new ArrayList<>();
		for (UUID id : escalationIds) {
			Escalation e = this.escalations.findById(id)
				.orElseThrow(() -> new RuleViolation("escalation", "issue.error.linkTarget"));
			if (e.regionalIssue() != null) {
				throw new RuleViolation("escalation", "escalation.error.merged");
			}
			chosen.add(e);
		}
		Set<Integer> gcm = new TreeSet<>();
		Set<String> mgi = new java.util.LinkedHashSet<>();
		for (Escalation e : chosen) {
			Issue source = this.issues.findById(e.issueId()).orElseThrow();
			gcm.addAll(source.gcmObjectiveList());
			mgi.addAll(source.mgiDomainList());
		}
		UUID raisedBy = viewer.organisationsIn(rcm.id())
			.stream()
			.findFirst()
			.orElseGet(() -> this.register.memberInstitutions(rcm.id()).iterator().next());
		Issue regional = this.lifecycle.raise(viewer, rcm.code(), new IssueForm(language, title, description, raisedBy,
				null, new ArrayList<>(gcm), new ArrayList<>(mgi), null, Visibility.MEMBERS));
		regional = this.lifecycle.moveTo(viewer, regional, IssueStatus.UNDER_DISCUSSION, null, null);
		for (Escalation e : chosen) {
			this.aggregates.update(new Escalation(e.id(), e.issueId(), e.recommendationId(), e.fromMechanism(),
					e.note(), e.escalatedBy(), e.escalatedAt(), regional.id()));
		}
		return regional;
	}

	@Transactional(readOnly = true)
	public List<Issue> mergedInto(UUID regionalIssueId) {
		return this.escalations.findByRegionalIssue(regionalIssueId)
			.stream()
			.map((e) -> this.issues.findById(e.issueId()))
			.flatMap(Optional::stream)
			.toList();
	}

	/** Puts a regional issue on an RCM meeting's agenda, in one step. */
	public void placeOnAgenda(Viewer viewer, UUID regionalIssueId, UUID meetingId) {
		Issue issue = this.register.managed(viewer, regionalIssueId);
		Meeting meeting = this.meetings.visible(viewer, meetingId);
		if (!meeting.mechanismId().equals(issue.mechanismId())) {
			throw new RuleViolation("meetingId", "issue.error.linkTarget");
		}
		Map<String, String> t = issue.title().values();
		try {
			this.agenda.addItem(viewer, meetingId, new AgendaItemForm(t.get("en"), t.get("ru"), t.get("tg"),
					t.get("uz"), t.get("kk"), t.get("ky"), AgendaKind.DISCUSSION, null, null, 30, null));
		}
		catch (RuleViolation ex) {
			throw new RuleViolation("meetingId", "issue.error.agendaClosed");
		}
		this.lifecycle.link(viewer, regionalIssueId, IssueLink.Kind.MEETING, meetingId);
	}

	// --- down ---

	/**
	 * Sends a regional recommendation to the named national mechanisms, as items to
	 * answer.
	 */
	public List<IncomingItem> sendDown(Viewer viewer, UUID recommendationId, List<String> mechanismCodes) {
		Recommendation recommendation = this.register.recommendation(recommendationId)
			.orElseThrow(NotFoundException::new);
		Mechanism rcm = regional();
		if (!recommendation.mechanismId().equals(rcm.id())) {
			throw new RuleViolation(null, "incoming.error.notRegional");
		}
		requireRegionalSecretariat(viewer, rcm);
		if (mechanismCodes == null || mechanismCodes.isEmpty()) {
			throw new RuleViolation("mechanisms", "incoming.error.noMechanism");
		}
		Issue regionalIssue = this.issues.findById(recommendation.issueId()).orElseThrow();
		List<IncomingItem> created = new ArrayList<>();
		for (String code : mechanismCodes) {
			Mechanism target = this.directory.mechanism(code)
				.filter((m) -> !m.regional())
				.orElseThrow(() -> new RuleViolation("mechanisms", "incoming.error.noMechanism"));
			if (this.incoming.findByRecommendationId(recommendationId)
				.stream()
				.anyMatch((i) -> i.mechanismId().equals(target.id()))) {
				throw new RuleViolation("mechanisms", "incoming.error.twice");
			}
			var now = this.clock.instant();
			UUID raisedBy = this.register.memberInstitutions(rcm.id()).iterator().next();
			Issue arrived = this.aggregates.insert(new Issue(UUID.randomUUID(), target.id(), recommendation.text(),
					regionalIssue.title(), raisedBy, null, regionalIssue.gcmObjectives(), regionalIssue.mgiDomains(),
					regionalIssue.affectedGroups(), IssueStatus.RAISED, Visibility.MEMBERS, recommendationId, now, now,
					0));
			this.lifecycle.step(viewer, arrived, IssueStatus.RAISED, null);
			created.add(this.aggregates.insert(new IncomingItem(UUID.randomUUID(), recommendationId, target.id(),
					arrived.id(), IncomingItem.Status.WAITING, null, null, null, now, 0)));
		}
		this.lifecycle.audit(viewer, regionalIssue, "recommendation", recommendationId, "sent-down",
				org.hamkori.shared.audit.RecordChanged.diff("mechanisms", null, mechanismCodes));
		return created;
	}

	@Transactional(readOnly = true)
	public List<IncomingItem> answersTo(UUID recommendationId) {
		return this.incoming.findByRecommendationId(recommendationId);
	}

	@Transactional(readOnly = true)
	public Optional<IncomingItem> incomingFor(UUID issueId) {
		return this.incoming.findByIssueId(issueId);
	}

	@Transactional(readOnly = true)
	public List<IncomingItem> waiting(UUID mechanismId) {
		return this.incoming.findByMechanismId(mechanismId)
			.stream()
			.filter((i) -> i.status() == IncomingItem.Status.WAITING)
			.toList();
	}

	/**
	 * A regional recommendation waiting in a national mechanism, with its issue there.
	 */
	public record Waiting(IncomingItem item, Issue issue, Mechanism mechanism) {
	}

	/**
	 * The regional recommendations waiting for an answer in the national mechanisms the
	 * viewer sits in, the oldest first; only those whose issue the viewer may see.
	 */
	@Transactional(readOnly = true)
	public List<Waiting> waitingFor(Viewer viewer) {
		Map<UUID, Mechanism> mechanisms = this.directory.mechanismsById();
		List<IncomingItem> items = new ArrayList<>();
		for (UUID mechanismId : viewer.mechanismIds()) {
			Mechanism mechanism = mechanisms.get(mechanismId);
			if (mechanism != null && !mechanism.regional()) {
				items.addAll(waiting(mechanismId));
			}
		}
		if (items.isEmpty()) {
			return List.of();
		}
		Map<UUID, Issue> byId = new java.util.HashMap<>();
		this.issues.findAllById(items.stream().map(IncomingItem::issueId).toList())
			.forEach((issue) -> byId.put(issue.id(), issue));
		List<Waiting> result = new ArrayList<>();
		for (IncomingItem item : items) {
			Issue issue = byId.get(item.issueId());
			if (issue != null && this.register.canSee(viewer, issue)) {
				result.add(new Waiting(item, issue, mechanisms.get(item.mechanismId())));
			}
		}
		result.sort(java.util.Comparator.comparing((Waiting w) -> w.item().createdAt())
			.thenComparing((w) -> w.item().id()));
		return result;
	}

	/**
	 * For the RCM's secretariat: the escalated issues not yet merged into a regional
	 * issue, the oldest first; nothing for anyone else.
	 */
	@Transactional(readOnly = true)
	public List<Escalated> awaitingMerge(Viewer viewer) {
		if (!viewer.hasRole(regional().id(), MembershipRole.SECRETARIAT)) {
			return List.of();
		}
		List<Escalated> waiting = new ArrayList<>(
				board(viewer).stream().filter((e) -> e.escalation().regionalIssue() == null).toList());
		java.util.Collections.reverse(waiting);
		return waiting;
	}

	/**
	 * The named mechanism's secretariat answers an incoming item: accepted with at least
	 * one of its actions, or explained in words. Nobody else can answer for that
	 * mechanism.
	 */
	public IncomingItem answer(Viewer viewer, UUID incomingId, IncomingItem.Status answer, String text,
			List<UUID> actionIds) {
		IncomingItem item = this.incoming.findById(incomingId).orElseThrow(NotFoundException::new);
		if (!viewer.canManage(item.mechanismId())) {
			throw new RuleViolation(null, "incoming.error.notYours");
		}
		if (item.status() != IncomingItem.Status.WAITING) {
			throw new RuleViolation(null, "incoming.error.answered");
		}
		String note = blankToNull(text);
		List<ActionItem> chosen = new ArrayList<>();
		if (answer == IncomingItem.Status.ACCEPTED) {
			for (UUID id : (actionIds != null) ? actionIds : List.<UUID>of()) {
				ActionItem action = this.actions.find(id)
					.filter((a) -> a.mechanismId().equals(item.mechanismId()))
					.orElseThrow(() -> new RuleViolation("actions", "issue.error.linkTarget"));
				chosen.add(action);
			}
			if (chosen.isEmpty()) {
				throw new RuleViolation("actions", "incoming.error.actions");
			}
		}
		else if (answer == IncomingItem.Status.EXPLAINED) {
			if (note == null || note.length() > 4000) {
				throw new RuleViolation("answer", "incoming.error.explain");
			}
		}
		else {
			throw new RuleViolation("status", "validation.required");
		}
		IncomingItem after = this.aggregates
			.update(new IncomingItem(item.id(), item.recommendationId(), item.mechanismId(), item.issueId(), answer,
					note, viewer.actor(), this.clock.instant(), item.createdAt(), item.version()));
		Issue issue = this.issues.findById(item.issueId()).orElseThrow();
		for (ActionItem action : chosen) {
			this.lifecycle.link(viewer, issue.id(), IssueLink.Kind.ACTION, action.id());
		}
		IssueStatus next = (answer == IncomingItem.Status.ACCEPTED) ? IssueStatus.UNDER_DISCUSSION
				: IssueStatus.SET_ASIDE;
		if (issue.status().canMoveTo(next)) {
			this.lifecycle.moveTo(viewer, issue, next, note, null);
		}
		return after;
	}

	private void requireRegionalMember(Viewer viewer) {
		if (!viewer.admin() && !this.register.isRegionalMember(viewer)) {
			throw new NotFoundException();
		}
	}

	private static void requireRegionalSecretariat(Viewer viewer, Mechanism rcm) {
		if (!viewer.canManage(rcm.id())) {
			throw viewer.hasRole(rcm.id(), MembershipRole.values()) ? new ForbiddenException()
					: new NotFoundException();
		}
	}

	static Map<String, String> map(LocalizedText text) {
		return new LinkedHashMap<>(text.values());
	}

}
