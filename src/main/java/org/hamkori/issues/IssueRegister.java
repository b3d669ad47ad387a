package org.hamkori.issues;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
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
import org.hamkori.documents.DocumentOwner;
import org.hamkori.documents.Documents;
import org.hamkori.documents.StoredDocument;
import org.hamkori.shared.security.Viewer;
import org.hamkori.shared.web.ForbiddenException;
import org.hamkori.shared.web.NotFoundException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The issue register of each mechanism as a viewer may read it: issues, their timelines,
 * links, recommendations and the policy changes answering them. A mechanism's issues are
 * seen by its members (public ones by anyone); the RCM's members also see every national
 * issue that was escalated to the region, and nothing else of that country. Changes go
 * through {@link IssueLifecycle}, {@link RecommendationFollowUp} and
 * {@link PolicyResponses}, which all ask this register who may see what.
 */
@Service
@Transactional(readOnly = true)
public class IssueRegister {

	private final IssueRepository issues;

	private final IssueStepRepository steps;

	private final IssueLinkRepository links;

	private final RecommendationRepository recommendations;

	private final PolicyChangeRepository policyChanges;

	private final EscalationRepository escalations;

	private final LinkedRecords linkedRecords;

	private final Directory directory;

	private final ActionItems actions;

	private final Documents documents;

	IssueRegister(IssueRepository issues, IssueStepRepository steps, IssueLinkRepository links,
			RecommendationRepository recommendations, PolicyChangeRepository policyChanges,
			EscalationRepository escalations, LinkedRecords linkedRecords, Directory directory, ActionItems actions,
			Documents documents) {
		this.issues = issues;
		this.steps = steps;
		this.links = links;
		this.recommendations = recommendations;
		this.policyChanges = policyChanges;
		this.escalations = escalations;
		this.linkedRecords = linkedRecords;
		this.directory = directory;
		this.actions = actions;
		this.documents = documents;
	}

	boolean canSee(Viewer viewer, Issue issue) {
		if (viewer.admin() || viewer.canSee(issue.mechanismId(), issue.visibility(), Set.of())) {
			return true;
		}
		return isRegionalMember(viewer) && this.escalations.findByIssueId(issue.id()).isPresent();
	}

	boolean isRegionalMember(Viewer viewer) {
		return viewer.seats().stream().anyMatch(Viewer.Seat::regional);
	}

	/**
	 * The issue if the viewer may see it, or empty; never marks a transaction
	 * rollback-only.
	 */
	public Optional<Issue> findVisible(Viewer viewer, UUID id) {
		return this.issues.findById(id).filter((issue) -> canSee(viewer, issue));
	}

	public Issue visible(Viewer viewer, UUID id) {
		Issue issue = this.issues.findById(id).orElseThrow(NotFoundException::new);
		if (!canSee(viewer, issue)) {
			throw new NotFoundException();
		}
		return issue;
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

	public Optional<Issue> find(UUID id) {
		return this.issues.findById(id);
	}

	/**
	 * The issues of a mechanism the viewer may see; for the RCM, also every issue
	 * escalated to it from the national mechanisms.
	 */
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

	/**
	 * Issues of the mechanisms the viewer sits in that changed after the given instant,
	 * latest first; only those the viewer may see.
	 */
	public List<Issue> changedSince(Viewer viewer, java.time.Instant since) {
		if (viewer.mechanismIds().isEmpty()) {
			return List.of();
		}
		return this.issues.findChangedSince(viewer.mechanismIds(), since)
			.stream()
			.filter((i) -> canSee(viewer, i))
			.toList();
	}

	public List<IssueStep> timeline(UUID issueId) {
		return this.steps.findByIssueId(issueId);
	}

	public List<Recommendation> recommendationsOf(UUID issueId) {
		return this.recommendations.findByIssueId(issueId);
	}

	public Optional<Recommendation> recommendation(UUID id) {
		return this.recommendations.findById(id);
	}

	public List<UUID> targetsOf(UUID recommendationId) {
		return this.recommendations.targets(recommendationId);
	}

	public List<ActionItem> actionsOf(UUID recommendationId) {
		return this.recommendations.actions(recommendationId)
			.stream()
			.map(this.actions::find)
			.flatMap(Optional::stream)
			.toList();
	}

	public List<PolicyChange> policyChangesAnswering(UUID recommendationId) {
		return this.policyChanges.answering(recommendationId);
	}

	/** The files of the given policy changes the viewer may see, by policy change. */
	public Map<UUID, List<StoredDocument>> textsOf(List<PolicyChange> changes, Viewer viewer) {
		Map<UUID, List<StoredDocument>> result = new LinkedHashMap<>();
		this.documents
			.visibleOn(changes.stream().map((c) -> new DocumentOwner(PolicyResponses.POLICY_TEXT, c.id())).toList(),
					viewer)
			.forEach((owner, files) -> result.put(owner.id(), files));
		return result;
	}

	public List<PolicyChange> policyChangesOf(UUID mechanismId) {
		return this.policyChanges.findByMechanismId(mechanismId);
	}

	public Optional<Escalation> escalationOf(UUID issueId) {
		return this.escalations.findByIssueId(issueId);
	}

	/** The issues and recommendations that cite a decision, for its page. */
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

	/** How an issue is cited by other modules ({@code CCM-TJ/I-3F2A9C1B}). */
	public String citation(Issue issue) {
		return CitedRecord.citation(mechanismCode(issue.mechanismId()), CitedRecord.Kind.ISSUE, issue.id());
	}

	/** How a recommendation is cited by other modules ({@code RCM/R-9B1E22D0}). */
	public String citation(Recommendation recommendation) {
		return CitedRecord.citation(mechanismCode(recommendation.mechanismId()), CitedRecord.Kind.RECOMMENDATION,
				recommendation.id());
	}

	/**
	 * The issue or recommendation a citation names, if the viewer may see it; an unknown
	 * citation and a hidden record are alike empty.
	 */
	public Optional<CitedRecord> findVisibleByCitation(Viewer viewer, String typed) {
		return CitedRecord.parse(typed)
			.flatMap((parts) -> this.directory.mechanism(parts.mechanismCode()).flatMap((m) -> {
				List<UUID> ids = (parts.kind() == CitedRecord.Kind.ISSUE)
						? this.issues.findByMechanismId(m.id()).stream().map(Issue::id).toList()
						: this.recommendations.findByMechanismId(m.id()).stream().map(Recommendation::id).toList();
				List<UUID> matching = ids.stream()
					.filter((id) -> CitedRecord.prefix(id).equals(parts.prefix()))
					.toList();
				return (matching.size() == 1) ? findVisibleCited(viewer, parts.kind(), matching.get(0))
						: Optional.empty();
			}));
	}

	/**
	 * An issue or recommendation by its identifier, if the viewer may see it: a
	 * recommendation is seen by those who see its issue, or an issue that answers it.
	 */
	public Optional<CitedRecord> findVisibleCited(Viewer viewer, CitedRecord.Kind kind, UUID id) {
		if (kind == CitedRecord.Kind.ISSUE) {
			return this.issues.findById(id)
				.filter((i) -> canSee(viewer, i))
				.map((i) -> new CitedRecord(kind, i.id(), i.id(), i.mechanismId(), citation(i)));
		}
		return this.recommendations.findById(id)
			.filter((r) -> this.issues.findById(r.issueId()).filter((i) -> canSee(viewer, i)).isPresent()
					|| this.issues.findByIncomingFrom(r.id()).stream().anyMatch((i) -> canSee(viewer, i)))
			.map((r) -> new CitedRecord(kind, r.id(), r.issueId(), r.mechanismId(), citation(r)));
	}

	private String mechanismCode(UUID mechanismId) {
		return this.directory.mechanism(mechanismId).map(Mechanism::code).orElse("?");
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
	public List<ShownLink> linksOf(Viewer viewer, UUID issueId, Locale locale) {
		List<ShownLink> shown = new ArrayList<>();
		for (IssueLink link : this.links.findByIssueId(issueId)) {
			this.linkedRecords.shown(viewer, link.kind(), link.targetId(), locale)
				.ifPresent((record) -> shown.add(new ShownLink(link, record.label(), record.href())));
		}
		return shown;
	}

	public int hiddenLinks(Viewer viewer, UUID issueId) {
		return (int) this.links.findByIssueId(issueId)
			.stream()
			.filter((l) -> !this.linkedRecords.isVisible(viewer, l.kind(), l.targetId()))
			.count();
	}

	/**
	 * Recommendations a mechanism may answer with a policy change: its own, and the
	 * region's sent to it.
	 */
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

	/** Institutions currently holding a seat in the mechanism. */
	public Set<UUID> memberInstitutions(UUID mechanismId) {
		LocalDate today = this.directory.today();
		return this.directory.membershipsOfMechanism(mechanismId)
			.stream()
			.filter((m) -> m.isActiveOn(today))
			.map(Membership::organisationId)
			.collect(Collectors.toCollection(LinkedHashSet::new));
	}

}
