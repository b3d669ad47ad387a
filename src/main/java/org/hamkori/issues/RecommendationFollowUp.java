package org.hamkori.issues;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import org.hamkori.actions.ActionItem;
import org.hamkori.actions.ActionItems;
import org.hamkori.directory.Directory;
import org.hamkori.meetings.Decision;
import org.hamkori.meetings.Meeting;
import org.hamkori.meetings.Meetings;
import org.hamkori.meetings.MinutesBook;
import org.hamkori.shared.audit.RecordChanged;
import org.hamkori.shared.i18n.LocalizedText;
import org.hamkori.shared.security.Viewer;
import org.hamkori.shared.web.NotFoundException;
import org.hamkori.shared.rules.RuleViolation;

import org.springframework.data.jdbc.core.JdbcAggregateTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a mechanism's secretariat agrees on an issue and how it follows it up: a
 * recommendation names the institutions it addresses and may cite the decision that
 * adopted it; the secretariat then follows it through implementation and names the
 * actions that implement it. Agreeing the first recommendation moves a fresh issue on.
 */
@Service
@Transactional
public class RecommendationFollowUp {

	private final IssueRegister register;

	private final IssueLifecycle lifecycle;

	private final RecommendationRepository recommendations;

	private final Directory directory;

	private final Meetings meetings;

	private final MinutesBook minutes;

	private final ActionItems actions;

	private final JdbcAggregateTemplate aggregates;

	private final JdbcClient jdbc;

	private final Clock clock;

	RecommendationFollowUp(IssueRegister register, IssueLifecycle lifecycle, RecommendationRepository recommendations,
			Directory directory, Meetings meetings, MinutesBook minutes, ActionItems actions,
			JdbcAggregateTemplate aggregates, JdbcClient jdbc, Clock clock) {
		this.register = register;
		this.lifecycle = lifecycle;
		this.recommendations = recommendations;
		this.directory = directory;
		this.meetings = meetings;
		this.minutes = minutes;
		this.actions = actions;
		this.aggregates = aggregates;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	public Recommendation recommend(Viewer viewer, UUID issueId, LocalizedText text, List<UUID> targets,
			UUID decisionId) {
		Issue issue = this.register.managed(viewer, issueId);
		if (!issue.status().isOpen()) {
			throw new RuleViolation(null, "issue.error.closed");
		}
		if (text == null || text.isEmpty() || text.values().values().stream().anyMatch((t) -> t.length() > 4000)) {
			throw new RuleViolation("text", "validation.recommendation.text");
		}
		List<UUID> institutions = (targets != null) ? targets.stream().distinct().toList() : List.of();
		if (institutions.isEmpty() || !this.directory.organisationsById().keySet().containsAll(institutions)) {
			throw new RuleViolation("targets", "validation.recommendation.targets");
		}
		if (decisionId != null) {
			checkDecision(viewer, issue, decisionId);
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
			this.lifecycle.moveTo(viewer, issue, IssueStatus.RECOMMENDATION_AGREED, null, null);
		}
		this.lifecycle.audit(viewer, issue, "recommendation", recommendation.id(), "agreed",
				RecordChanged.diff("text", null, text.values()));
		return recommendation;
	}

	/** The cited decision must be one the viewer sees, of the issue's mechanism. */
	private void checkDecision(Viewer viewer, Issue issue, UUID decisionId) {
		Decision decision = this.minutes.decision(decisionId)
			.orElseThrow(() -> new RuleViolation("decisionId", "issue.error.linkTarget"));
		Meeting meeting = this.meetings.findVisible(viewer, decision.meetingId())
			.orElseThrow(() -> new RuleViolation("decisionId", "issue.error.linkTarget"));
		if (!meeting.mechanismId().equals(issue.mechanismId())) {
			throw new RuleViolation("decisionId", "issue.error.linkTarget");
		}
	}

	/** The secretariat follows a recommendation through implementation. */
	public Recommendation setStatus(Viewer viewer, UUID recommendationId, Recommendation.Status status) {
		Recommendation before = this.recommendations.findById(recommendationId).orElseThrow(NotFoundException::new);
		Issue issue = this.register.managed(viewer, before.issueId());
		if (status == null) {
			throw new RuleViolation("status", "validation.required");
		}
		Recommendation after = this.recommendations
			.save(new Recommendation(before.id(), before.mechanismId(), before.issueId(), before.text(),
					before.decisionId(), status, before.createdBy(), before.createdAt(), before.version()));
		this.lifecycle.audit(viewer, issue, "recommendation", recommendationId, "status",
				RecordChanged.diff("status", before.status(), status));
		return after;
	}

	/**
	 * An action that implements a recommendation; it must be one the viewer can see, of
	 * the same mechanism.
	 */
	public void implementWith(Viewer viewer, UUID recommendationId, UUID actionId) {
		Recommendation recommendation = this.recommendations.findById(recommendationId)
			.orElseThrow(NotFoundException::new);
		Issue issue = this.register.managed(viewer, recommendation.issueId());
		ActionItem action = this.actions.findVisible(actionId, viewer)
			.orElseThrow(() -> new RuleViolation("actionId", "issue.error.linkTarget"));
		if (!action.mechanismId().equals(recommendation.mechanismId())) {
			throw new RuleViolation("actionId", "issue.error.linkTarget");
		}
		if (this.recommendations.actions(recommendationId).contains(actionId)) {
			throw new RuleViolation("actionId", "issue.error.linkTwice");
		}
		this.jdbc.sql("insert into recommendation_action (recommendation_id, action_id) values (?, ?)")
			.params(recommendationId, actionId)
			.update();
		this.lifecycle.audit(viewer, issue, "recommendation", recommendationId, "implemented-by",
				RecordChanged.diff("action", null, actionId));
	}

}
