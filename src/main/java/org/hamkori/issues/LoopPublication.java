package org.hamkori.issues;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.hamkori.directory.Directory;
import org.hamkori.directory.Mechanism;
import org.hamkori.shared.jdbc.VisibilityMarks;
import org.hamkori.shared.security.Viewer;
import org.hamkori.shared.security.Visibility;
import org.hamkori.shared.web.NotFoundException;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What of the loop from issues to answers the secretariat released to the public
 * (decision 0041): a recommendation, and each country's answer to a regional one, are
 * members-only until marked public by the secretariat of the mechanism that owns it. An
 * issue shows only when it is public itself; a policy change shows only as the answer to
 * a public recommendation. The public portal reads the loop only through here.
 */
@Service
@Transactional
public class LoopPublication {

	private final JdbcClient jdbc;

	private final RecommendationRepository recommendations;

	private final IncomingItemRepository incoming;

	private final IssueRepository issues;

	private final PolicyChangeRepository policies;

	private final RegionalLoop loop;

	private final Directory directory;

	private final VisibilityMarks marks;

	LoopPublication(JdbcClient jdbc, RecommendationRepository recommendations, IncomingItemRepository incoming,
			IssueRepository issues, PolicyChangeRepository policies, RegionalLoop loop, Directory directory,
			ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.recommendations = recommendations;
		this.incoming = incoming;
		this.issues = issues;
		this.policies = policies;
		this.loop = loop;
		this.directory = directory;
		this.marks = new VisibilityMarks(jdbc, events);
	}

	/** A country's public answer to a regional recommendation, with its actions. */
	public record PublicAnswer(IncomingItem item, Mechanism mechanism, List<UUID> actionIds) {
	}

	/**
	 * A public recommendation: the issue it answers and the national issues merged into
	 * it (each only when public), its actions, the policy changes that answered it and
	 * the countries' public answers.
	 */
	public record PublicRecommendation(Recommendation recommendation, Mechanism mechanism, Issue issue,
			List<Issue> nationalIssues, List<UUID> actionIds, List<PolicyChange> policyChanges,
			List<PublicAnswer> answers) {
	}

	@Transactional(readOnly = true)
	public Visibility ofRecommendation(UUID id) {
		return this.marks.of("recommendation", id);
	}

	@Transactional(readOnly = true)
	public Visibility ofAnswer(UUID incomingId) {
		return this.marks.of("incoming_item", incomingId);
	}

	/** The mechanism's public recommendations, newest first. */
	@Transactional(readOnly = true)
	public List<PublicRecommendation> publicRecommendations(UUID mechanismId) {
		List<UUID> ids = this.jdbc.sql("select id from recommendation where mechanism_id = ? and visibility = 'PUBLIC'")
			.param(mechanismId)
			.query(UUID.class)
			.list();
		return this.recommendations.findAllById(ids)
			.stream()
			.sorted(Comparator.comparing(Recommendation::createdAt).reversed())
			.map(this::described)
			.toList();
	}

	@Transactional(readOnly = true)
	public Optional<PublicRecommendation> publicRecommendation(UUID id) {
		return this.recommendations.findById(id)
			.filter((r) -> ofRecommendation(r.id()) == Visibility.PUBLIC)
			.map(this::described);
	}

	/** The public recommendations recorded as one decision. */
	@Transactional(readOnly = true)
	public List<PublicRecommendation> publicRecommendationsOfDecision(UUID decisionId) {
		return this.recommendations.findByDecisionId(decisionId)
			.stream()
			.filter((r) -> ofRecommendation(r.id()) == Visibility.PUBLIC)
			.map(this::described)
			.toList();
	}

	private PublicRecommendation described(Recommendation r) {
		Mechanism mechanism = this.directory.mechanism(r.mechanismId()).orElseThrow();
		Issue issue = this.issues.findById(r.issueId()).filter(LoopPublication::isPublic).orElse(null);
		List<Issue> national = this.loop.mergedInto(r.issueId()).stream().filter(LoopPublication::isPublic).toList();
		List<PublicAnswer> answers = this.incoming.findByRecommendationId(r.id())
			.stream()
			.filter((i) -> ofAnswer(i.id()) == Visibility.PUBLIC && i.status() != IncomingItem.Status.WAITING)
			.map((i) -> new PublicAnswer(i, this.directory.mechanism(i.mechanismId()).orElseThrow(), answerActions(i)))
			.sorted(Comparator.comparing((PublicAnswer a) -> a.mechanism().code()))
			.toList();
		return new PublicRecommendation(r, mechanism, issue, national, this.recommendations.actions(r.id()),
				this.policies.answering(r.id()), answers);
	}

	private List<UUID> answerActions(IncomingItem item) {
		if (item.issueId() == null) {
			return List.of();
		}
		return this.jdbc.sql("select target_id from issue_link where issue_id = ? and kind = 'ACTION'")
			.param(item.issueId())
			.query(UUID.class)
			.list();
	}

	private static boolean isPublic(Issue issue) {
		return issue.visibility() == Visibility.PUBLIC;
	}

	/** The recommendation's own secretariat marks it public or members-only. */
	public void markRecommendation(Viewer viewer, UUID id, Visibility visibility) {
		Recommendation r = this.recommendations.findById(id)
			.filter((x) -> viewer.canManage(x.mechanismId()))
			.orElseThrow(NotFoundException::new);
		this.marks.mark(viewer, r.mechanismId(), "recommendation", id, visibility);
	}

	/** The answering mechanism's secretariat marks its answer public or members-only. */
	public void markAnswer(Viewer viewer, UUID incomingId, Visibility visibility) {
		IncomingItem item = this.incoming.findById(incomingId)
			.filter((x) -> viewer.canManage(x.mechanismId()))
			.orElseThrow(NotFoundException::new);
		this.marks.mark(viewer, item.mechanismId(), "incoming_item", incomingId, visibility);
	}

	/** Demo data only: marks without a viewer or an audit row. */
	void markForDemo(String table, UUID id) {
		this.marks.markForDemo(table, id);
	}

}
