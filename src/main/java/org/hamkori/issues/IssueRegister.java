package org.hamkori.issues;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;

import org.hamkori.actions.ActionItem;
import org.hamkori.actions.ActionItems;
import org.hamkori.directory.Directory;
import org.hamkori.directory.Mechanism;
import org.hamkori.directory.Membership;
import org.hamkori.documents.Documents;
import org.hamkori.meetings.Decision;
import org.hamkori.meetings.Meeting;
import org.hamkori.meetings.Meetings;
import org.hamkori.meetings.MinutesBook;
import org.hamkori.programmes.Programmes;
import org.hamkori.shared.audit.RecordChanged;
import org.hamkori.shared.i18n.LocalizedText;
import org.hamkori.shared.security.Viewer;
import org.hamkori.shared.security.Visibility;
import org.hamkori.shared.web.ForbiddenException;
import org.hamkori.shared.web.NotFoundException;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.jdbc.core.JdbcAggregateTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The issue register of each mechanism, always through the viewer's rights. A mechanism's
 * issues are seen by its members (public ones by anyone); the RCM's members also see
 * every national issue that was escalated to the region, and nothing else of that
 * country. Members raise issues for their institution; the secretariat moves them along
 * their lifecycle, links evidence, records recommendations and policy changes.
 */
@Service
@Transactional
public class IssueRegister {

	/** The document owner kind of a policy change's text. */
	public static final String POLICY_TEXT = "policy-change";

	private final IssueRepository issues;

	private final IssueSteps steps;

	private final IssueLinks links;

	private final Recommendations recommendations;

	private final PolicyChanges policyChanges;

	private final Escalations escalations;

	private final IncomingItems incoming;

	private final Directory directory;

	private final Meetings meetings;

	private final MinutesBook minutes;

	private final ActionItems actions;

	private final Documents documents;

	private final Programmes programmes;

	private final JdbcAggregateTemplate aggregates;

	private final JdbcClient jdbc;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	IssueRegister(IssueRepository issues, IssueSteps steps, IssueLinks links, Recommendations recommendations,
			PolicyChanges policyChanges, Escalations escalations, IncomingItems incoming, Directory directory,
			Meetings meetings, MinutesBook minutes, ActionItems actions, Documents documents, Programmes programmes,
			JdbcAggregateTemplate aggregates, JdbcClient jdbc, ApplicationEventPublisher events, Clock clock) {
		this.issues = issues;
		this.steps = steps;
		this.links = links;
		this.recommendations = recommendations;
		this.policyChanges = policyChanges;
		this.escalations = escalations;
		this.incoming = incoming;
		this.directory = directory;
		this.meetings = meetings;
		this.minutes = minutes;
		this.actions = actions;
		this.documents = documents;
		this.programmes = programmes;
		this.aggregates = aggregates;
		this.jdbc = jdbc;
		this.events = events;
		this.clock = clock;
	}

	// --- seeing ---

	public boolean canSee(Viewer viewer, Issue issue) {
		if (viewer.admin() || viewer.canSee(issue.mechanismId(), issue.visibility(), Set.of())) {
			return true;
		}
		return isRegionalMember(viewer) && this.escalations.findByIssueId(issue.id()).isPresent();
	}

	public boolean isRegionalMember(Viewer viewer) {
		return viewer.seats().stream().anyMatch(Viewer.Seat::regional);
	}

	@Transactional(readOnly = true)
	public Issue visible(Viewer viewer, UUID id) {
		Issue issue = this.issues.findById(id).orElseThrow(NotFoundException::new);
		if (!canSee(viewer, issue)) {
			throw new NotFoundException();
		}
		return issue;
	}

	@Transactional(readOnly = true)
	public Optional<Issue> find(UUID id) {
		return this.issues.findById(id);
	}

	/**
	 * The issues of a mechanism the viewer may see; for the RCM, also every issue
	 * escalated to it from the national mechanisms.
	 */
	@Transactional(readOnly = true)
	public List<Issue> of(Viewer viewer, Mechanism mechanism) {
		List<Issue> result = new ArrayList<>(
				this.issues.findByMechanismId(mechanism.id()).stream().filter((i) -> canSee(viewer, i)).toList());
		if (mechanism.regional()) {
			for (Escalation e : this.escalations.findAllLatestFirst()) {
				this.issues.findById(e.issueId()).filter((i) -> canSee(viewer, i)).ifPresent(result::add);
			}
		}
		return result;
	}

	@Transactional(readOnly = true)
	public List<IssueStep> timeline(UUID issueId) {
		return this.steps.findByIssueId(issueId);
	}

	@Transactional(readOnly = true)
	public List<Recommendation> recommendationsOf(UUID issueId) {
		return this.recommendations.findByIssueId(issueId);
	}

	@Transactional(readOnly = true)
	public Optional<Recommendation> recommendation(UUID id) {
		return this.recommendations.findById(id);
	}

	@Transactional(readOnly = true)
	public List<UUID> targetsOf(UUID recommendationId) {
		return this.recommendations.targets(recommendationId);
	}

	@Transactional(readOnly = true)
	public List<ActionItem> actionsOf(UUID recommendationId) {
		return this.recommendations.actions(recommendationId)
			.stream()
			.map(this.actions::find)
			.flatMap(Optional::stream)
			.toList();
	}

	@Transactional(readOnly = true)
	public List<PolicyChange> policyChangesAnswering(UUID recommendationId) {
		return this.policyChanges.answering(recommendationId);
	}

	/** The files of the given policy changes the viewer may see, by policy change. */
	@Transactional(readOnly = true)
	public Map<UUID, List<org.hamkori.documents.StoredDocument>> textsOf(List<PolicyChange> changes, Viewer viewer) {
		Map<UUID, List<org.hamkori.documents.StoredDocument>> result = new LinkedHashMap<>();
		this.documents
			.visibleOn(
					changes.stream().map((c) -> new org.hamkori.documents.DocumentOwner(POLICY_TEXT, c.id())).toList(),
					viewer)
			.forEach((owner, files) -> result.put(owner.id(), files));
		return result;
	}

	@Transactional(readOnly = true)
	public List<PolicyChange> policyChangesOf(UUID mechanismId) {
		return this.policyChanges.findByMechanismId(mechanismId);
	}

	@Transactional(readOnly = true)
	public Optional<Escalation> escalationOf(UUID issueId) {
		return this.escalations.findByIssueId(issueId);
	}

	/** The issues and recommendations that cite a decision, for its page. */
	@Transactional(readOnly = true)
	public List<Issue> issuesOfDecision(Viewer viewer, UUID decisionId) {
		Set<UUID> ids = new TreeSet<>();
		this.links.findByTarget(IssueLink.Kind.DECISION.name(), decisionId).forEach((l) -> ids.add(l.issueId()));
		this.recommendations.findByDecisionId(decisionId).forEach((r) -> ids.add(r.issueId()));
		return ids.stream()
			.map(this.issues::findById)
			.flatMap(Optional::stream)
			.filter((i) -> canSee(viewer, i))
			.toList();
	}

	/**
	 * A link as the viewer may see it: its label, or empty when the target is hidden from
	 * them.
	 */
	public record ShownLink(IssueLink link, String label, String href) {
	}

	/**
	 * The links of an issue that lead to records the viewer may see, and how many lead
	 * elsewhere; a hidden record's title never reaches the page.
	 */
	@Transactional(readOnly = true)
	public List<ShownLink> linksOf(Viewer viewer, UUID issueId, java.util.Locale locale) {
		List<ShownLink> shown = new ArrayList<>();
		for (IssueLink link : this.links.findByIssueId(issueId)) {
			label(viewer, link.kind(), link.targetId(), locale)
				.ifPresent((label) -> shown.add(new ShownLink(link, label[0], label[1])));
		}
		return shown;
	}

	@Transactional(readOnly = true)
	public int hiddenLinks(Viewer viewer, UUID issueId) {
		return (int) this.links.findByIssueId(issueId)
			.stream()
			.filter((l) -> label(viewer, l.kind(), l.targetId(), java.util.Locale.ENGLISH).isEmpty())
			.count();
	}

	/** {label, href} of a record the viewer may see. */
	private Optional<String[]> label(Viewer viewer, IssueLink.Kind kind, UUID target, java.util.Locale locale) {
		try {
			return switch (kind) {
				case DECISION -> {
					Decision d = this.minutes.decision(target).orElseThrow(NotFoundException::new);
					Meeting m = this.meetings.visible(viewer, d.meetingId());
					yield Optional.of(new String[] { this.minutes.decisionNumber(m, d) + " " + d.text().in(locale),
							"/decisions/" + d.id() });
				}
				case ACTION -> {
					ActionItem a = this.actions.visible(target, viewer);
					yield Optional.of(new String[] { a.title().in(locale), "/actions/" + a.id() });
				}
				case DOCUMENT -> this.documents.visible(target, viewer)
					.map((doc) -> new String[] { doc.fileName(), "/documents/" + doc.id() });
				case MEETING -> {
					Meeting m = this.meetings.visible(viewer, target);
					yield Optional.of(new String[] { this.meetings.code(m), "/meetings/" + m.id() });
				}
				case PROGRAMME -> this.programmes.visible(target, viewer)
					.map((p) -> new String[] { p.title().in(locale), "/programmes/" + p.id() });
			};
		}
		catch (NotFoundException | ForbiddenException ex) {
			return Optional.empty();
		}
	}

	// --- raising and moving ---

	public Issue raise(Viewer viewer, String mechanismCode, IssueForm form) {
		Mechanism mechanism = this.directory.mechanismOrThrow(mechanismCode);
		if (!viewer.admin() && !viewer.isMemberOf(mechanism.id())) {
			throw new NotFoundException();
		}
		String title = blankToNull(form.title());
		if (title == null || title.length() > 300) {
			throw new IssueRuleException("title", "validation.issue.title");
		}
		String description = (form.description() != null) ? form.description().strip() : "";
		if (description.length() > 8000) {
			throw new IssueRuleException("description", "validation.issue.description");
		}
		if (form.raisedBy() == null || !memberInstitutions(mechanism.id()).contains(form.raisedBy())) {
			throw new IssueRuleException("raisedBy", "validation.issue.raisedBy");
		}
		if (!viewer.canManage(mechanism.id()) && !viewer.represents(mechanism.id(), form.raisedBy())) {
			throw new IssueRuleException("raisedBy", "validation.issue.ownInstitution");
		}
		List<Integer> gcm = (form.gcmObjectives() != null) ? form.gcmObjectives() : List.of();
		if (gcm.stream().anyMatch((g) -> g == null || g < 1 || g > 23)) {
			throw new IssueRuleException("gcmObjectives", "validation.issue.gcm");
		}
		List<String> mgi = (form.mgiDomains() != null) ? form.mgiDomains() : List.of();
		if (!IssueForm.MGI_DOMAINS.containsAll(mgi)) {
			throw new IssueRuleException("mgiDomains", "validation.issue.mgi");
		}
		if (form.raisedAtMeeting() != null) {
			Meeting meeting = this.meetings.visible(viewer, form.raisedAtMeeting());
			if (!meeting.mechanismId().equals(mechanism.id())) {
				throw new IssueRuleException("raisedAtMeeting", "validation.required");
			}
		}
		String language = (form.language() != null) ? form.language() : "en";
		var now = this.clock.instant();
		Issue issue = this.aggregates
			.insert(new Issue(UUID.randomUUID(), mechanism.id(), LocalizedText.of(Map.of(language, title)),
					LocalizedText.of(description.isEmpty() ? Map.of() : Map.of(language, description)), form.raisedBy(),
					form.raisedAtMeeting(), join(gcm.stream().distinct().sorted().map(String::valueOf).toList()),
					join(mgi.stream().distinct().toList()), blankToNull(form.affectedGroups()), IssueStatus.RAISED,
					(form.visibility() != null) ? form.visibility() : Visibility.MEMBERS, null, now, now, 0));
		step(viewer, issue, IssueStatus.RAISED, null);
		if (form.raisedAtMeeting() != null) {
			this.aggregates.insert(new IssueLink(UUID.randomUUID(), issue.id(), IssueLink.Kind.MEETING,
					form.raisedAtMeeting(), viewer.actor(), now));
		}
		audit(viewer, issue, "issue", issue.id(), "raised", RecordChanged.diff("title", null, title));
		return issue;
	}

	/**
	 * The secretariat corrects an issue or adds its title and description in another
	 * language (other languages are kept). {@code version} is what the editor started
	 * from; a stale one fails with an optimistic locking exception and stores nothing.
	 */
	public Issue edit(Viewer viewer, UUID issueId, String language, String title, String description,
			List<Integer> gcmObjectives, List<String> mgiDomains, String affectedGroups, Integer version) {
		Issue before = managed(viewer, issueId);
		String text = blankToNull(title);
		if (text == null || text.length() > 300) {
			throw new IssueRuleException("title", "validation.issue.title");
		}
		String body = (description != null) ? description.strip() : "";
		if (body.length() > 8000) {
			throw new IssueRuleException("description", "validation.issue.description");
		}
		List<Integer> gcm = (gcmObjectives != null) ? gcmObjectives : List.of();
		if (gcm.stream().anyMatch((g) -> g == null || g < 1 || g > 23)) {
			throw new IssueRuleException("gcmObjectives", "validation.issue.gcm");
		}
		List<String> mgi = (mgiDomains != null) ? mgiDomains : List.of();
		if (!IssueForm.MGI_DOMAINS.containsAll(mgi)) {
			throw new IssueRuleException("mgiDomains", "validation.issue.mgi");
		}
		String lang = (language != null) ? language : "en";
		Map<String, String> titles = new LinkedHashMap<>(before.title().values());
		titles.put(lang, text);
		Map<String, String> descriptions = new LinkedHashMap<>(before.description().values());
		if (body.isEmpty()) {
			descriptions.remove(lang);
		}
		else {
			descriptions.put(lang, body);
		}
		Issue after = this.issues.save(new Issue(before.id(), before.mechanismId(), LocalizedText.of(titles),
				LocalizedText.of(descriptions), before.raisedBy(), before.raisedAtMeeting(),
				join(gcm.stream().distinct().sorted().map(String::valueOf).toList()),
				join(mgi.stream().distinct().toList()), blankToNull(affectedGroups), before.status(),
				before.visibility(), before.incomingFrom(), before.createdAt(), this.clock.instant(),
				(version != null) ? version : before.version()));
		audit(viewer, after, "issue", after.id(), "updated",
				RecordChanged.diff("title", before.title().values(), after.title().values(), "gcm",
						before.gcmObjectives(), after.gcmObjectives(), "mgi", before.mgiDomains(), after.mgiDomains()));
		return after;
	}

	/** The secretariat follows a recommendation through implementation. */
	public Recommendation setRecommendationStatus(Viewer viewer, UUID recommendationId, Recommendation.Status status) {
		Recommendation before = this.recommendations.findById(recommendationId).orElseThrow(NotFoundException::new);
		Issue issue = managed(viewer, before.issueId());
		if (status == null) {
			throw new IssueRuleException("status", "validation.required");
		}
		Recommendation after = this.recommendations
			.save(new Recommendation(before.id(), before.mechanismId(), before.issueId(), before.text(),
					before.decisionId(), status, before.createdBy(), before.createdAt(), before.version()));
		audit(viewer, issue, "recommendation", recommendationId, "status",
				RecordChanged.diff("status", before.status(), status));
		return after;
	}

	/**
	 * A step along the lifecycle, by the mechanism's secretariat; closing needs a reason.
	 */
	public Issue move(Viewer viewer, UUID issueId, IssueStatus target, String note, Integer version) {
		Issue before = managed(viewer, issueId);
		if (target == IssueStatus.ESCALATED) {
			throw new IssueRuleException("status", "issue.error.escalateThere");
		}
		if (!before.status().canMoveTo(target)) {
			throw new IssueRuleException("status", "issue.error.transition");
		}
		String reason = blankToNull(note);
		if (target.needsReason() && reason == null) {
			throw new IssueRuleException("note", "issue.error.reason");
		}
		return moveTo(viewer, before, target, reason, version);
	}

	Issue moveTo(Viewer viewer, Issue before, IssueStatus target, String note, Integer version) {
		Issue after = this.issues.save(new Issue(before.id(), before.mechanismId(), before.title(),
				before.description(), before.raisedBy(), before.raisedAtMeeting(), before.gcmObjectives(),
				before.mgiDomains(), before.affectedGroups(), target, before.visibility(), before.incomingFrom(),
				before.createdAt(), this.clock.instant(), (version != null) ? version : before.version()));
		step(viewer, after, target, note);
		audit(viewer, after, "issue", after.id(), "moved", RecordChanged.diff("status", before.status(), target));
		return after;
	}

	/**
	 * Links evidence the viewer can see; anything else is refused without saying what it
	 * was.
	 */
	public IssueLink link(Viewer viewer, UUID issueId, IssueLink.Kind kind, UUID target) {
		Issue issue = managed(viewer, issueId);
		if (target == null || label(viewer, kind, target, java.util.Locale.ENGLISH).isEmpty()) {
			throw new IssueRuleException("target", "issue.error.linkTarget");
		}
		if (this.links.findByIssueId(issueId)
			.stream()
			.anyMatch((l) -> l.kind() == kind && l.targetId().equals(target))) {
			throw new IssueRuleException("target", "issue.error.linkTwice");
		}
		IssueLink link = this.aggregates
			.insert(new IssueLink(UUID.randomUUID(), issueId, kind, target, viewer.actor(), this.clock.instant()));
		audit(viewer, issue, "issue-link", link.id(), "created", RecordChanged.diff("kind", null, kind));
		return link;
	}

	// --- recommendations and policy changes ---

	public Recommendation recommend(Viewer viewer, UUID issueId, LocalizedText text, List<UUID> targets,
			UUID decisionId) {
		Issue issue = managed(viewer, issueId);
		if (!issue.status().isOpen()) {
			throw new IssueRuleException(null, "issue.error.closed");
		}
		if (text == null || text.isEmpty() || text.values().values().stream().anyMatch((t) -> t.length() > 4000)) {
			throw new IssueRuleException("text", "validation.recommendation.text");
		}
		List<UUID> institutions = (targets != null) ? targets.stream().distinct().toList() : List.of();
		if (institutions.isEmpty() || !this.directory.organisationsById().keySet().containsAll(institutions)) {
			throw new IssueRuleException("targets", "validation.recommendation.targets");
		}
		if (decisionId != null) {
			Decision decision = this.minutes.decision(decisionId)
				.orElseThrow(() -> new IssueRuleException("decisionId", "issue.error.linkTarget"));
			Meeting meeting;
			try {
				meeting = this.meetings.visible(viewer, decision.meetingId());
			}
			catch (NotFoundException ex) {
				throw new IssueRuleException("decisionId", "issue.error.linkTarget");
			}
			if (!meeting.mechanismId().equals(issue.mechanismId())) {
				throw new IssueRuleException("decisionId", "issue.error.linkTarget");
			}
		}
		Recommendation recommendation = this.aggregates
			.insert(new Recommendation(UUID.randomUUID(), issue.mechanismId(), issueId, text, decisionId,
					Recommendation.Status.AGREED, viewer.actor(), this.clock.instant(), 0));
		for (UUID institution : institutions) {
			this.jdbc.sql("insert into recommendation_target (recommendation_id, organisation_id) values (?, ?)")
				.params(recommendation.id(), institution)
				.update();
		}
		if (issue.status() == IssueStatus.RAISED || issue.status() == IssueStatus.UNDER_DISCUSSION) {
			moveTo(viewer, issue, IssueStatus.RECOMMENDATION_AGREED, null, null);
		}
		audit(viewer, issue, "recommendation", recommendation.id(), "agreed",
				RecordChanged.diff("text", null, text.values()));
		return recommendation;
	}

	/**
	 * An action that implements a recommendation; it must be one the viewer can see, of
	 * the same mechanism.
	 */
	public void implementWith(Viewer viewer, UUID recommendationId, UUID actionId) {
		Recommendation recommendation = this.recommendations.findById(recommendationId)
			.orElseThrow(NotFoundException::new);
		Issue issue = managed(viewer, recommendation.issueId());
		ActionItem action;
		try {
			action = this.actions.visible(actionId, viewer);
		}
		catch (NotFoundException ex) {
			throw new IssueRuleException("actionId", "issue.error.linkTarget");
		}
		if (!action.mechanismId().equals(recommendation.mechanismId())) {
			throw new IssueRuleException("actionId", "issue.error.linkTarget");
		}
		if (this.recommendations.actions(recommendationId).contains(actionId)) {
			throw new IssueRuleException("actionId", "issue.error.linkTwice");
		}
		this.jdbc.sql("insert into recommendation_action (recommendation_id, action_id) values (?, ?)")
			.params(recommendationId, actionId)
			.update();
		audit(viewer, issue, "recommendation", recommendationId, "implemented-by",
				RecordChanged.diff("action", null, actionId));
	}

	/**
	 * A record of a policy change: what was adopted, and which recommendations it
	 * answers.
	 */
	public record PolicyChangeForm(PolicyChange.Kind kind, String language, String title, String referenceNumber,
			LocalDate adoptedOn, String issuingBody, String link, List<UUID> answers) {
	}

	public PolicyChange recordPolicyChange(Viewer viewer, String mechanismCode, PolicyChangeForm form) {
		return recordPolicyChange(viewer, mechanismCode, form, null);
	}

	/**
	 * The text of a policy change as a file, kept by the documents module with the
	 * record.
	 */
	public record PolicyText(String fileName, long size, java.io.InputStream content) {
	}

	/**
	 * Records a policy change with its text as a file, in one transaction: a refused file
	 * ({@code UploadRejectedException}) stores neither.
	 */
	public PolicyChange recordPolicyChange(Viewer viewer, String mechanismCode, PolicyChangeForm form,
			PolicyText text) {
		Mechanism mechanism = this.directory.mechanismOrThrow(mechanismCode);
		if (!viewer.canManage(mechanism.id())) {
			throw viewer.isMemberOf(mechanism.id()) ? new ForbiddenException() : new NotFoundException();
		}
		if (form.kind() == null) {
			throw new IssueRuleException("kind", "validation.required");
		}
		String title = blankToNull(form.title());
		String reference = blankToNull(form.referenceNumber());
		String body = blankToNull(form.issuingBody());
		if (title == null || reference == null || body == null || form.adoptedOn() == null) {
			throw new IssueRuleException(null, "validation.policy.required");
		}
		if (form.adoptedOn().isAfter(this.directory.today())) {
			throw new IssueRuleException("adoptedOn", "validation.policy.future");
		}
		String link = blankToNull(form.link());
		if (link != null && !link.matches("^https?://\\S{1,990}$")) {
			throw new IssueRuleException("link", "validation.policy.link");
		}
		List<Recommendation> answered = new ArrayList<>();
		for (UUID id : (form.answers() != null) ? form.answers() : List.<UUID>of()) {
			Recommendation r = this.recommendations.findById(id)
				.filter((rec) -> rec.mechanismId().equals(mechanism.id()) || isIncomingHere(rec, mechanism.id()))
				.orElseThrow(() -> new IssueRuleException("answers", "issue.error.linkTarget"));
			answered.add(r);
		}
		PolicyChange change = this.aggregates.insert(new PolicyChange(UUID.randomUUID(), mechanism.id(), form.kind(),
				LocalizedText.of(Map.of((form.language() != null) ? form.language() : "en", title)), reference,
				form.adoptedOn(), body, link, viewer.actor(), this.clock.instant()));
		for (Recommendation r : answered) {
			this.jdbc.sql("insert into policy_change_answer (policy_change_id, recommendation_id) values (?, ?)")
				.params(change.id(), r.id())
				.update();
			for (Issue answeredIssue : issuesAnsweredBy(r, mechanism.id())) {
				if (answeredIssue.status().canMoveTo(IssueStatus.POLICY_RESPONSE_ADOPTED)) {
					moveTo(viewer, answeredIssue, IssueStatus.POLICY_RESPONSE_ADOPTED, reference, null);
				}
			}
		}
		if (text != null) {
			this.documents.upload(new org.hamkori.documents.DocumentOwner(POLICY_TEXT, change.id()), mechanism.id(),
					Visibility.MEMBERS, Set.of(), text.fileName(), text.size(), text.content(), viewer);
		}
		this.events.publishEvent(new RecordChanged(viewer.actor(), mechanism.id(), "policy-change", change.id(),
				"recorded", RecordChanged.diff("reference", null, reference)));
		return change;
	}

	/**
	 * This mechanism's issues a recommendation answers: its own issue, or for a regional
	 * recommendation, the issues this mechanism escalated into it.
	 */
	private List<Issue> issuesAnsweredBy(Recommendation recommendation, UUID mechanismId) {
		List<Issue> answered = new ArrayList<>();
		this.issues.findById(recommendation.issueId())
			.filter((i) -> i.mechanismId().equals(mechanismId))
			.ifPresent(answered::add);
		for (Escalation e : this.escalations.findByRegionalIssue(recommendation.issueId())) {
			if (e.fromMechanism().equals(mechanismId)) {
				this.issues.findById(e.issueId()).ifPresent(answered::add);
			}
		}
		return answered;
	}

	/**
	 * Recommendations a mechanism may answer with a policy change: its own, and the
	 * region's sent to it.
	 */
	@Transactional(readOnly = true)
	public List<Recommendation> answerable(Viewer viewer, Mechanism mechanism) {
		List<Recommendation> result = new ArrayList<>();
		for (Issue issue : this.issues.findByMechanismId(mechanism.id())) {
			if (!canSee(viewer, issue) || !issue.status().isOpen()) {
				continue;
			}
			result.addAll(this.recommendations.findByIssueId(issue.id()));
			if (issue.incomingFrom() != null) {
				this.recommendations.findById(issue.incomingFrom()).ifPresent(result::add);
			}
		}
		return result.stream().distinct().toList();
	}

	private boolean isIncomingHere(Recommendation recommendation, UUID mechanismId) {
		return this.incoming.findByRecommendationId(recommendation.id())
			.stream()
			.anyMatch((i) -> i.mechanismId().equals(mechanismId));
	}

	// --- helpers ---

	/** Institutions currently holding a seat in the mechanism. */
	public Set<UUID> memberInstitutions(UUID mechanismId) {
		LocalDate today = this.directory.today();
		return this.directory.membershipsOfMechanism(mechanismId)
			.stream()
			.filter((m) -> m.isActiveOn(today))
			.map(Membership::organisationId)
			.collect(Collectors.toCollection(java.util.LinkedHashSet::new));
	}

	/**
	 * An issue of a mechanism the viewer runs; 403 for its other members, 404 for the
	 * rest.
	 */
	Issue managed(Viewer viewer, UUID issueId) {
		Issue issue = visible(viewer, issueId);
		if (!viewer.canManage(issue.mechanismId())) {
			throw new ForbiddenException();
		}
		return issue;
	}

	void step(Viewer viewer, Issue issue, IssueStatus status, String note) {
		this.aggregates
			.insert(new IssueStep(UUID.randomUUID(), issue.id(), status, note, viewer.actor(), this.clock.instant()));
	}

	void audit(Viewer viewer, Issue issue, String type, UUID id, String action, Map<String, Object> changes) {
		this.events.publishEvent(new RecordChanged(viewer.actor(), issue.mechanismId(), type, id, action, changes));
	}

	static String blankToNull(String value) {
		return org.hamkori.shared.text.Texts.blankToNull(value);
	}

	static String join(List<String> values) {
		return String.join(",", values);
	}

	static Map<String, String> texts(LocalizedText text) {
		return new LinkedHashMap<>(text.values());
	}

}
