package org.hamkori.issues.web;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.hamkori.shared.web.ApiProblems;
import org.hamkori.directory.Directory;
import org.hamkori.directory.Mechanism;
import org.hamkori.issues.IncomingItem;
import org.hamkori.issues.Issue;
import org.hamkori.issues.IssueForm;
import org.hamkori.issues.IssueLifecycle;
import org.hamkori.issues.IssueRegister;
import org.hamkori.issues.IssueStatus;
import org.hamkori.issues.PolicyChange;
import org.hamkori.issues.Recommendation;
import org.hamkori.issues.RegionalLoop;
import org.hamkori.shared.security.Viewer;
import org.hamkori.shared.security.Visibility;
import org.hamkori.shared.web.NotFoundException;
import org.hamkori.shared.rules.RuleViolation;
import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Issues, recommendations, policy changes and the regional loop for machine clients, with
 * the rights of the pages. The RCM's list includes what was escalated to it.
 */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Issues", description = "Issues, recommendations, policy changes, escalations and answers to the region")
class IssuesApi {

	private final IssueRegister register;

	private final IssueLifecycle lifecycle;

	private final RegionalLoop loop;

	private final Directory directory;

	private final MessageSource messages;

	IssuesApi(IssueRegister register, IssueLifecycle lifecycle, RegionalLoop loop, Directory directory,
			MessageSource messages) {
		this.register = register;
		this.lifecycle = lifecycle;
		this.loop = loop;
		this.directory = directory;
		this.messages = messages;
	}

	record IssueView(UUID id, @Nullable String mechanism, Map<String, String> title, Map<String, String> description,
			@Nullable UUID raisedBy, @Nullable UUID raisedAtMeeting, List<Integer> gcmObjectives,
			List<String> mgiDomains, @Nullable String affectedGroups, IssueStatus status, Visibility visibility,
			boolean escalated, @Nullable UUID incomingFromRecommendation, @Nullable Instant updatedAt,
			Integer version) {
	}

	record StepView(IssueStatus status, @Nullable String note, @Nullable String actor, Instant at) {
	}

	record AnswerView(String mechanism, IncomingItem.Status status, @Nullable String answer,
			@Nullable Instant answeredAt) {
	}

	record RecommendationView(UUID id, Map<String, String> text, Recommendation.Status status,
			@Nullable UUID decisionId, List<UUID> targetInstitutions, List<UUID> actions, List<AnswerView> answers) {
	}

	record IssueDetail(IssueView issue, List<StepView> timeline, List<RecommendationView> recommendations) {
	}

	record PolicyChangeView(UUID id, String mechanism, PolicyChange.Kind kind, Map<String, String> title,
			@Nullable String referenceNumber, @Nullable LocalDate adoptedOn, @Nullable String issuingBody,
			@Nullable String link) {
	}

	record EscalationView(UUID id, UUID issueId, @Nullable UUID recommendationId, @Nullable String from,
			@Nullable String note, Instant escalatedAt, @Nullable UUID regionalIssue) {
	}

	record IssueRequest(@Nullable String language, String title, @Nullable String description, @Nullable UUID raisedBy,
			@Nullable List<Integer> gcmObjectives, List<String> mgiDomains, @Nullable String affectedGroups,
			@Nullable Visibility visibility) {
	}

	record EscalationRequest(@Nullable String note) {
	}

	record AnswerRequest(IncomingItem.Status status, @Nullable String answer, @Nullable List<UUID> actions) {
	}

	@GetMapping("/issues")
	@Operation(summary = "Issues of a mechanism the caller may see; the RCM's list includes escalated issues")
	List<IssueView> list(@Parameter(description = "Mechanism code, e.g. CCM-TJ") @RequestParam String mechanism,
			Viewer viewer) {
		Mechanism m = this.directory.mechanismOrThrow(mechanism);
		if (!viewer.admin() && !viewer.isMemberOf(m.id())) {
			throw new NotFoundException();
		}
		return this.register.of(viewer, m).stream().map(this::view).toList();
	}

	@GetMapping("/issues/{id}")
	@Operation(summary = "One issue with its timeline and recommendations")
	IssueDetail show(@PathVariable UUID id, Viewer viewer) {
		Issue issue = this.register.visible(viewer, id);
		Map<UUID, Mechanism> mechanisms = this.directory.mechanismsById();
		return new IssueDetail(view(issue),
				this.register.timeline(id)
					.stream()
					.map((s) -> new StepView(s.status(), s.note(), s.actor(), s.createdAt()))
					.toList(),
				this.register.recommendationsOf(id)
					.stream()
					.map((r) -> new RecommendationView(r.id(), r.text().values(), r.status(), r.decisionId(),
							this.register.targetsOf(r.id()),
							this.register.actionsOf(r.id()).stream().map((a) -> a.id()).toList(),
							this.loop.answersTo(r.id())
								.stream()
								.map((a) -> new AnswerView(mechanisms.get(a.mechanismId()).code(), a.status(),
										a.answer(), a.answeredAt()))
								.toList()))
					.toList());
	}

	@PostMapping("/issues")
	@Operation(summary = "Raise an issue in a mechanism (members, for their institution; the secretariat for any)")
	ResponseEntity<IssueView> raise(@RequestParam String mechanism, @RequestBody IssueRequest body, Viewer viewer) {
		Issue issue = this.lifecycle.raise(viewer, mechanism,
				new IssueForm(body.language(), body.title(), body.description(), body.raisedBy(), null,
						body.gcmObjectives(), body.mgiDomains(), body.affectedGroups(), body.visibility()));
		return ResponseEntity.created(URI.create("/api/v1/issues/" + issue.id())).body(view(issue));
	}

	@PostMapping("/issues/{id}/escalation")
	@Operation(summary = "Escalate an issue to the regional mechanism (national secretariat, once)")
	ResponseEntity<EscalationView> escalate(@PathVariable UUID id,
			@RequestBody(required = false) EscalationRequest body, Viewer viewer) {
		var e = this.loop.escalate(viewer, id, (body != null) ? body.note() : null);
		return ResponseEntity.status(HttpStatus.CREATED).body(escalation(e));
	}

	@PostMapping("/recommendations/{id}/escalation")
	@Operation(
			summary = "Escalate a recommendation (with its issue) to the regional mechanism (national secretariat, once)")
	ResponseEntity<EscalationView> escalateRecommendation(@PathVariable UUID id,
			@RequestBody(required = false) EscalationRequest body, Viewer viewer) {
		var e = this.loop.escalateRecommendation(viewer, id, (body != null) ? body.note() : null);
		return ResponseEntity.status(HttpStatus.CREATED).body(escalation(e));
	}

	@GetMapping("/escalations")
	@Operation(summary = "Issues escalated to the region (members of the regional mechanism)")
	List<EscalationView> escalations(Viewer viewer) {
		return this.loop.board(viewer).stream().map((e) -> escalation(e.escalation())).toList();
	}

	@PostMapping("/incoming/{id}/answer")
	@Operation(summary = "Answer a regional recommendation sent to your mechanism (its secretariat)")
	AnswerView answer(@PathVariable UUID id, @RequestBody AnswerRequest body, Viewer viewer) {
		IncomingItem item = this.loop.answer(viewer, id, body.status(), body.answer(), body.actions());
		return new AnswerView(this.directory.mechanism(item.mechanismId()).orElseThrow().code(), item.status(),
				item.answer(), item.answeredAt());
	}

	@GetMapping("/policy-changes")
	@Operation(summary = "Policy changes recorded in a mechanism")
	List<PolicyChangeView> policyChanges(@RequestParam String mechanism, Viewer viewer) {
		Mechanism m = this.directory.mechanismOrThrow(mechanism);
		if (!viewer.admin() && !viewer.isMemberOf(m.id())) {
			throw new NotFoundException();
		}
		return this.register.policyChangesOf(m.id())
			.stream()
			.map((p) -> new PolicyChangeView(p.id(), m.code(), p.kind(), p.title().values(), p.referenceNumber(),
					p.adoptedOn(), p.issuingBody(), p.link()))
			.toList();
	}

	@ExceptionHandler(RuleViolation.class)
	ResponseEntity<ProblemDetail> refused(RuleViolation ex, Locale locale) {
		return ApiProblems.answer(ApiProblems.refused(HttpStatus.BAD_REQUEST, ex,
				(p) -> this.messages.getMessage(p.messageKey(), null, p.messageKey(), locale)));
	}

	private EscalationView escalation(org.hamkori.issues.Escalation e) {
		return new EscalationView(e.id(), e.issueId(), e.recommendationId(),
				this.directory.mechanism(e.fromMechanism()).map(Mechanism::code).orElse(null), e.note(),
				e.escalatedAt(), e.regionalIssue());
	}

	private IssueView view(Issue i) {
		return new IssueView(i.id(), this.directory.mechanism(i.mechanismId()).map(Mechanism::code).orElse(null),
				i.title().values(), i.description().values(), i.raisedBy(), i.raisedAtMeeting(), i.gcmObjectiveList(),
				i.mgiDomainList(), i.affectedGroups(), i.status(), i.visibility(),
				this.register.escalationOf(i.id()).isPresent(), i.incomingFrom(), i.updatedAt(), i.version());
	}

}
