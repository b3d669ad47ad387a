package org.hamkori.issues;

import java.io.InputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.hamkori.directory.Directory;
import org.hamkori.directory.Mechanism;
import org.hamkori.documents.DocumentOwner;
import org.hamkori.documents.Documents;
import org.hamkori.shared.audit.RecordChanged;
import org.hamkori.shared.i18n.LocalizedText;
import org.hamkori.shared.security.Viewer;
import org.hamkori.shared.security.Visibility;
import org.hamkori.shared.web.ForbiddenException;
import org.hamkori.shared.web.NotFoundException;
import org.hamkori.shared.rules.RuleViolation;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.jdbc.core.JdbcAggregateTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import static org.hamkori.shared.text.Texts.blankToNull;

/**
 * The end of an issue's chain: a mechanism records the law, decree, regulation or
 * procedure it adopted, with its text as a file, and names the recommendations it answers
 * (its own, or the region's sent to it). The issues those recommendations came from move
 * to "policy response adopted" in the same transaction.
 */
@Service
@Transactional
public class PolicyResponses {

	/** The document owner kind of a policy change's text. */
	static final String POLICY_TEXT = "policy-change";

	private final IssueRepository issues;

	private final IssueLifecycle lifecycle;

	private final RecommendationRepository recommendations;

	private final EscalationRepository escalations;

	private final IncomingItemRepository incoming;

	private final Directory directory;

	private final Documents documents;

	private final JdbcAggregateTemplate aggregates;

	private final JdbcClient jdbc;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	PolicyResponses(IssueRepository issues, IssueLifecycle lifecycle, RecommendationRepository recommendations,
			EscalationRepository escalations, IncomingItemRepository incoming, Directory directory, Documents documents,
			JdbcAggregateTemplate aggregates, JdbcClient jdbc, ApplicationEventPublisher events, Clock clock) {
		this.issues = issues;
		this.lifecycle = lifecycle;
		this.recommendations = recommendations;
		this.escalations = escalations;
		this.incoming = incoming;
		this.directory = directory;
		this.documents = documents;
		this.aggregates = aggregates;
		this.jdbc = jdbc;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * A record of a policy change: what was adopted, and which recommendations it
	 * answers.
	 */
	public record PolicyChangeForm(PolicyChange.Kind kind, String language, String title, String referenceNumber,
			LocalDate adoptedOn, String issuingBody, String link, List<UUID> answers) {
	}

	/**
	 * The text of a policy change as a file, kept by the documents module with the
	 * record.
	 */
	public record PolicyText(String fileName, long size, InputStream content) {
	}

	public PolicyChange record(Viewer viewer, String mechanismCode, PolicyChangeForm form) {
		return record(viewer, mechanismCode, form, null);
	}

	/**
	 * Records a policy change with its text as a file, in one transaction: a refused file
	 * ({@code RuleViolation}) stores neither.
	 */
	public PolicyChange record(Viewer viewer, String mechanismCode, PolicyChangeForm form, PolicyText text) {
		Mechanism mechanism = this.directory.mechanismOrThrow(mechanismCode);
		if (!viewer.canManage(mechanism.id())) {
			throw viewer.isMemberOf(mechanism.id()) ? new ForbiddenException() : new NotFoundException();
		}
		if (form.kind() == null) {
			throw new RuleViolation("kind", "validation.required");
		}
		String title = blankToNull(form.title());
		String reference = blankToNull(form.referenceNumber());
		String body = blankToNull(form.issuingBody());
		if (title == null || reference == null || body == null || form.adoptedOn() == null) {
			throw new RuleViolation(null, "validation.policy.required");
		}
		if (form.adoptedOn().isAfter(this.directory.today())) {
			throw new RuleViolation("adoptedOn", "validation.policy.future");
		}
		String link = blankToNull(form.link());
		if (link != null && !link.matches("^https?://\\S{1,990}$")) {
			throw new RuleViolation("link", "validation.policy.link");
		}
		List<Recommendation> answered = new ArrayList<>();
		for (UUID id : (form.answers() != null) ? form.answers() : List.<UUID>of()) {
			Recommendation r = this.recommendations.findById(id)
				.filter((rec) -> rec.mechanismId().equals(mechanism.id()) || isIncomingHere(rec, mechanism.id()))
				.orElseThrow(() -> new RuleViolation("answers", "issue.error.linkTarget"));
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
					this.lifecycle.moveTo(viewer, answeredIssue, IssueStatus.POLICY_RESPONSE_ADOPTED, reference, null);
				}
			}
		}
		if (text != null) {
			this.documents.upload(new DocumentOwner(POLICY_TEXT, change.id()), mechanism.id(), Visibility.MEMBERS,
					Set.of(), text.fileName(), text.size(), text.content(), viewer);
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

	private boolean isIncomingHere(Recommendation recommendation, UUID mechanismId) {
		return this.incoming.findByRecommendationId(recommendation.id())
			.stream()
			.anyMatch((i) -> i.mechanismId().equals(mechanismId));
	}

}
