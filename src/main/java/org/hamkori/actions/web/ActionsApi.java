package org.hamkori.actions.web;

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
import org.hamkori.actions.ActionItem;
import org.hamkori.actions.ActionItems;
import org.hamkori.actions.ActionStatus;
import org.hamkori.actions.ProgressUpdate;
import org.hamkori.directory.Directory;
import org.hamkori.directory.Mechanism;
import org.hamkori.shared.security.Viewer;
import org.hamkori.shared.rules.RuleViolation;
import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Actions for machine clients, with the same rights as the pages: members of a mechanism
 * read its actions, the secretariat and the owner institution's people report progress.
 * Each answer carries the version as a strong {@code ETag}; an update may send it back in
 * {@code If-Match} and gets 412 when someone else updated the action meanwhile.
 */
@RestController
@RequestMapping("/api/v1/actions")
@Tag(name = "Actions", description = "Commitments of a mechanism, owned by member institutions, and their progress")
class ActionsApi {

	private final ActionItems actions;

	private final Directory directory;

	private final MessageSource messages;

	ActionsApi(ActionItems actions, Directory directory, MessageSource messages) {
		this.actions = actions;
		this.directory = directory;
		this.messages = messages;
	}

	/** An action as clients see it; {@code overdue} is derived for today. */
	record ActionView(UUID id, String mechanism, Map<String, String> title, UUID ownerOrganisationId,
			@Nullable UUID ownerPersonId, LocalDate dueDate, ActionStatus status, boolean overdue,
			@Nullable String dropReason, @Nullable UUID meetingId, @Nullable UUID decisionId,
			@Nullable String decisionNumber, Instant createdAt, @Nullable Instant updatedAt, Long version) {
	}

	/** A progress report: the new status, a note, and the reason when dropping. */
	record UpdateRequest(@Nullable ActionStatus status, @Nullable String note, @Nullable String dropReason) {
	}

	@GetMapping
	@Operation(summary = "Actions of a mechanism the caller is a member of, by due date")
	List<ActionView> list(@Parameter(description = "Mechanism code, e.g. CCM-TJ") @RequestParam String mechanism,
			@Parameter(description = "Only this status") @RequestParam(required = false) ActionStatus status,
			@Parameter(description = "Only actions owned by this organisation (id)") @RequestParam(
					required = false) UUID owner,
			Viewer viewer) {
		Mechanism m = this.directory.mechanismOrThrow(mechanism);
		LocalDate today = this.actions.today();
		return this.actions.ofMechanism(m.id(), viewer)
			.stream()
			.filter((a) -> status == null || a.status() == status)
			.filter((a) -> owner == null || owner.equals(a.ownerOrganisationId()))
			.map((a) -> view(a, m, today))
			.toList();
	}

	@GetMapping("/{id}")
	@Operation(summary = "One action; the ETag header carries its version")
	ResponseEntity<ActionView> show(@PathVariable UUID id, Viewer viewer) {
		return answer(this.actions.visible(id, viewer), HttpStatus.OK);
	}

	@PostMapping("/{id}/updates")
	@Operation(summary = "Report progress on an action (the secretariat, or people seated for the owner institution)")
	@io.swagger.v3.oas.annotations.responses.ApiResponse(responseCode = "200",
			description = "The action as updated; ETag carries its version",
			content = @io.swagger.v3.oas.annotations.media.Content(mediaType = "application/json",
					schema = @io.swagger.v3.oas.annotations.media.Schema(implementation = ActionView.class)))
	ResponseEntity<?> update(@PathVariable UUID id, @RequestBody UpdateRequest body,
			@Parameter(description = "The ETag read before; 412 if the action changed since") @RequestHeader(
					name = "If-Match", required = false) String ifMatch,
			Viewer viewer, Locale locale) {
		ActionItem current = this.actions.visible(id, viewer);
		Long version = current.version();
		if (ifMatch != null && !ifMatch.isBlank()) {
			Long expected = parseETag(ifMatch);
			if (expected == null || !expected.equals(current.version())) {
				return ResponseEntity.status(HttpStatus.PRECONDITION_FAILED)
					.eTag(etag(current))
					.body(ProblemDetail.forStatusAndDetail(HttpStatus.PRECONDITION_FAILED,
							this.messages.getMessage("error.412", null, locale)));
			}
			version = expected;
		}
		ActionItem updated = this.actions.update(id,
				new ProgressUpdate(body.status(), body.note(), body.dropReason(), null, version), viewer);
		return answer(updated, HttpStatus.OK);
	}

	@ExceptionHandler(RuleViolation.class)
	ResponseEntity<ProblemDetail> invalid(RuleViolation ex, Locale locale) {
		return ApiProblems.answer(ApiProblems.refused(HttpStatus.BAD_REQUEST, ex, this.messages, locale));
	}

	@ExceptionHandler(OptimisticLockingFailureException.class)
	ResponseEntity<ProblemDetail> conflict(Locale locale) {
		return ResponseEntity.status(HttpStatus.CONFLICT)
			.body(ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
					this.messages.getMessage("error.409", null, locale)));
	}

	private ResponseEntity<ActionView> answer(ActionItem action, HttpStatus status) {
		Mechanism mechanism = this.directory.mechanism(action.mechanismId()).orElseThrow();
		return ResponseEntity.status(status).eTag(etag(action)).body(view(action, mechanism, this.actions.today()));
	}

	private static ActionView view(ActionItem a, Mechanism mechanism, LocalDate today) {
		return new ActionView(a.id(), mechanism.code(), a.title().values(), a.ownerOrganisationId(), a.ownerPersonId(),
				a.dueDate(), a.status(), a.isOverdue(today), a.dropReason(), a.meetingId(), a.decisionId(),
				a.decisionNumber(), a.createdAt(), a.updatedAt(), a.version());
	}

	private static String etag(ActionItem action) {
		return "\"" + action.version() + "\"";
	}

	private static Long parseETag(String header) {
		String value = header.strip();
		if (value.startsWith("W/")) {
			return null;
		}
		value = value.replace("\"", "");
		try {
			return Long.valueOf(value);
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

}
