package org.hamkori.reporting.web;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.hamkori.reporting.DataSets;
import org.hamkori.reporting.Obligation;
import org.hamkori.reporting.ReportBatches;
import org.hamkori.reporting.Submission;
import org.hamkori.reporting.Submissions;
import org.hamkori.shared.security.Viewer;
import org.hamkori.shared.web.NotFoundException;
import org.hamkori.shared.web.ProblemResponses;
import org.jspecify.annotations.Nullable;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The report workflow for machine clients: each period's report of an obligation, and the
 * steps submit, approve, return, release and accept, on one report or many at once (all
 * or nothing), with the rights of the pages.
 */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Reports", description = "Each period's report and its workflow, one report or many at once")
class ReportsApi {

	private final Submissions submissions;

	private final DataSets dataSets;

	private final ReportBatches batches;

	ReportsApi(Submissions submissions, DataSets dataSets, ReportBatches batches) {
		this.submissions = submissions;
		this.dataSets = dataSets;
		this.batches = batches;
	}

	/** A report (one version of one period) as clients see it. */
	record ReportView(UUID id, UUID obligation, String period, int revision, String status, boolean historical,
			@Nullable String submittedAt, @Nullable String decidedAt, @Nullable String releasedAt,
			@Nullable String regionalAcceptedAt, long version) {

		static ReportView of(Submission s, Obligation o) {
			return new ReportView(s.id(), s.obligationId(), s.period().code(), s.revision(), s.status().name(),
					o.historical(org.hamkori.indicators.Period.of(s.period().code(), o.firstPeriod().periodicity())),
					text(s.submittedAt()), text(s.decidedAt()), text(s.releasedAt()), text(s.regionalAcceptedAt()),
					s.version());
		}

		private static String text(Object at) {
			return (at != null) ? at.toString() : null;
		}

	}

	/** One step on one report: the version read and, to return it, the comment. */
	record StepIn(@Nullable Long version, @Nullable String comment) {
	}

	/** A report of a batch, with the version read (optional). */
	record ReportRef(UUID id, Long version) {
	}

	/** One step on many reports: all move, or none. */
	record BatchIn(List<ReportRef> reports, @Nullable String comment) {
	}

	/** What a step did. */
	record StepsDone(String action, int count, List<UUID> reports) {
	}

	@GetMapping("/obligations/{id}/reports")
	@Operation(summary = "Every version of every period's report of an obligation, newest first")
	List<ReportView> reports(@PathVariable UUID id, Viewer viewer) {
		Obligation o = this.dataSets.obligation(id).orElseThrow(NotFoundException::new);
		if (!this.submissions.canRead(o, viewer)) {
			throw new NotFoundException();
		}
		return this.submissions.ofObligation(id).stream().map((s) -> ReportView.of(s, o)).toList();
	}

	@GetMapping("/reports/{id}")
	@Operation(summary = "One report")
	ReportView report(@PathVariable UUID id, Viewer viewer) {
		Submission s = this.submissions.find(id).orElseThrow(NotFoundException::new);
		Obligation o = this.dataSets.obligation(s.obligationId()).orElseThrow(NotFoundException::new);
		if (!this.submissions.canRead(o, viewer)) {
			throw new NotFoundException();
		}
		return ReportView.of(s, o);
	}

	@ProblemResponses(422)
	@PostMapping(path = "/reports/{id}/{action}", consumes = { MediaType.APPLICATION_JSON_VALUE, MediaType.ALL_VALUE })
	@Operation(summary = "Submit, approve, return (with a comment), release or accept one report")
	StepsDone step(@PathVariable UUID id,
			@Parameter(description = "submit, approve, return, release or accept") @PathVariable String action,
			@RequestBody(required = false) StepIn in, Viewer viewer) {
		StepIn step = (in != null) ? in : new StepIn(null, null);
		ReportBatches.Action a = action(action);
		List<UUID> done = this.batches.apply(a, List.of(new ReportBatches.Item(id, step.version())), step.comment(),
				viewer);
		return new StepsDone(a.name(), done.size(), done);
	}

	@ProblemResponses(422)
	@PostMapping(path = "/reports/{action}", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Submit, approve, return, release or accept many reports in one request, all or nothing",
			description = "If any report is refused, none changes: the answer is 422 with every refusal by report.")
	StepsDone batch(@Parameter(description = "submit, approve, return, release or accept") @PathVariable String action,
			@RequestBody BatchIn in, Viewer viewer) {
		ReportBatches.Action a = action(action);
		List<ReportBatches.Item> items = (in.reports() != null)
				? in.reports().stream().map((r) -> new ReportBatches.Item(r.id(), r.version())).toList() : List.of();
		List<UUID> done = this.batches.apply(a, items, in.comment(), viewer);
		return new StepsDone(a.name(), done.size(), done);
	}

	private static ReportBatches.Action action(String action) {
		try {
			return ReportBatches.Action.valueOf(action.toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			throw new NotFoundException();
		}
	}

}
