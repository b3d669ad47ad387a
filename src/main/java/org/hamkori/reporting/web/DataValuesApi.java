package org.hamkori.reporting.web;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.hamkori.formats.SourceRow;
import org.hamkori.reporting.DataImport;
import org.hamkori.reporting.DataSet;
import org.hamkori.reporting.DataSets;
import org.hamkori.reporting.ImportReport;
import org.hamkori.reporting.Obligation;
import org.hamkori.shared.security.Digests;
import org.hamkori.shared.security.Viewer;
import org.hamkori.shared.web.ApiProblems;
import org.hamkori.shared.web.ForbiddenException;
import tools.jackson.databind.json.JsonMapper;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * Data values for machine clients: the caller's reporting obligations, and sending values
 * into them through the same import as files and the entry grid (same checks, all or
 * nothing, a resend changes nothing). With an {@code Idempotency-Key} header, a retried
 * request gets the first answer back instead of being run again; the same key with
 * another body is refused. The caller's right to report is checked before the body is
 * read, and the body is read within the request size limit however it is framed.
 */
@RestController
@Tag(name = "Data submission", description = "Periodic migration figures sent by reporting institutions")
class DataValuesApi {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final DataSets dataSets;

	private final DataImport imports;

	private final DataMessages messages;

	private final IdempotentRequests requests;

	DataValuesApi(DataSets dataSets, DataImport imports, DataMessages messages, IdempotentRequests requests) {
		this.dataSets = dataSets;
		this.imports = imports;
		this.messages = messages;
		this.requests = requests;
	}

	/** A reporting obligation as clients see it. */
	record ObligationView(UUID id, String dataSet, UUID dataSetId, UUID mechanismId, @Nullable UUID organisationId,
			String periodicity, int dueDays, String firstPeriod, List<String> indicators, @Nullable String lastPeriod) {
	}

	/**
	 * One value to send; dimensions by catalogue dimension code, missing ones are totals.
	 */
	record ValueIn(String indicator, String period, @Nullable Map<String, String> dimensions, String value,
			@Nullable String note) {
	}

	/** A batch of values for one obligation. */
	record DataValuesIn(UUID obligation, @Nullable Boolean dryRun, @Nullable String revisionReason,
			List<ValueIn> values) {

		boolean checkOnly() {
			return Boolean.TRUE.equals(this.dryRun);
		}

	}

	/** What the import did. */
	@io.swagger.v3.oas.annotations.media.Schema(name = "DataValuesReport")
	record ReportView(boolean stored, boolean dryRun, long received, long created, long changed, long unchanged,
			long errors, long warnings, List<String> periods, List<ImportAnswers.LineProblem> problems) {
	}

	@GetMapping("/api/v1/obligations")
	@Operation(summary = "The reporting obligations the caller reports or runs")
	List<ObligationView> obligations(Viewer viewer) {
		List<ObligationView> views = new ArrayList<>();
		for (Obligation o : this.dataSets.obligationsFor(viewer)) {
			DataSet set = this.dataSets.find(o.dataSetId()).orElseThrow();
			views.add(new ObligationView(o.id(), set.code(), set.id(), o.mechanismId(), o.organisationId(),
					set.periodicity().name(), o.dueDays(), o.firstPeriod().code(),
					set.indicators().stream().map(DataSet.Item::indicator).toList(),
					(o.lastPeriod() != null) ? o.lastPeriod().code() : null));
		}
		return views;
	}

	@PostMapping(path = "/api/v1/data-values", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Send values into an obligation's periods (all or nothing; dryRun checks only)",
			requestBody = @RequestBody(required = true,
					content = @io.swagger.v3.oas.annotations.media.Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
							schema = @io.swagger.v3.oas.annotations.media.Schema(implementation = DataValuesIn.class))))
	@io.swagger.v3.oas.annotations.responses.ApiResponse(responseCode = "200",
			description = "What was stored, or would be on a dry run",
			content = @io.swagger.v3.oas.annotations.media.Content(mediaType = "application/json",
					schema = @io.swagger.v3.oas.annotations.media.Schema(implementation = ReportView.class)))
	@io.swagger.v3.oas.annotations.responses.ApiResponse(responseCode = "422",
			description = "Nothing stored: a problem document with the report's counts and every refused value in "
					+ "problems, its line being the value's index in values (from 0); or the Idempotency-Key was "
					+ "used for another body",
			content = @io.swagger.v3.oas.annotations.media.Content(mediaType = "application/problem+json",
					schema = @io.swagger.v3.oas.annotations.media.Schema(ref = "#/components/schemas/Problem")))
	ResponseEntity<?> send(HttpServletRequest request,
			@RequestHeader(name = "Idempotency-Key", required = false) String key, Viewer viewer, Locale locale)
			throws IOException {
		if (this.dataSets.obligationsFor(viewer).isEmpty()) {
			throw new ForbiddenException();
		}
		byte[] body = request.getInputStream().readAllBytes();
		String hash = Digests.sha256Hex(body);
		if (key != null) {
			if (!IdempotentRequests.validKey(key)) {
				return problem(HttpStatus.BAD_REQUEST, "data.api.key-invalid", locale);
			}
			IdempotentRequests.Earlier earlier = this.requests.earlier(viewer.userId(), key, hash,
					MediaType.APPLICATION_PROBLEM_JSON);
			if (earlier instanceof IdempotentRequests.Other) {
				return problem(HttpStatus.UNPROCESSABLE_CONTENT, "data.api.key-reused", locale);
			}
			if (earlier instanceof IdempotentRequests.Same same) {
				return same.answer();
			}
		}
		DataValuesIn in;
		try {
			in = JSON.readValue(body, DataValuesIn.class);
		}
		catch (RuntimeException ex) {
			return problem(HttpStatus.BAD_REQUEST, "data.api.body-invalid", locale);
		}
		if (in.obligation() == null || in.values() == null) {
			return problem(HttpStatus.BAD_REQUEST, "data.api.body-invalid", locale);
		}
		List<SourceRow> rows = new ArrayList<>();
		long index = 0;
		for (ValueIn v : in.values()) {
			rows.add(SourceRow.of(index++, v.indicator(), v.period(), v.dimensions(), v.value(), v.note()));
		}
		ImportReport report = this.imports.run(
				new DataImport.Request(in.obligation(), in.checkOnly(), in.revisionReason()), StreamedRows.of(rows),
				viewer);
		ReportView view = view(report, locale);
		ResponseEntity<?> answer = report.hasErrors() ? ApiProblems.answer(refused(view, locale))
				: ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(view);
		if (key != null && !in.checkOnly()) {
			Object kept = answer.getBody();
			this.requests.remember(viewer.userId(), key, hash, answer.getStatusCode().value(), kept,
					Optional.of((kept instanceof ReportView v) ? summary(v) : ImportAnswers.summary(kept)));
		}
		return answer;
	}

	/**
	 * The refusal of a batch: a problem document carrying the report, every refused or
	 * doubtful value in problems.
	 */
	private ProblemDetail refused(ReportView view, Locale locale) {
		ProblemDetail problem = ApiProblems.problem(HttpStatus.UNPROCESSABLE_CONTENT, "data.api.values-refused",
				this.messages.text("data.api.values-refused", locale), view.problems());
		problem.setProperty("stored", view.stored());
		problem.setProperty("dryRun", view.dryRun());
		problem.setProperty("received", view.received());
		problem.setProperty("created", view.created());
		problem.setProperty("changed", view.changed());
		problem.setProperty("unchanged", view.unchanged());
		problem.setProperty("errors", view.errors());
		problem.setProperty("warnings", view.warnings());
		problem.setProperty("periods", view.periods());
		return problem;
	}

	private ReportView view(ImportReport r, Locale locale) {
		return new ReportView(r.stored(), r.dryRun(), r.rowsRead(), r.valuesNew(), r.valuesChanged(),
				r.valuesUnchanged(), r.errors(), r.warnings(), r.periods(),
				r.problems()
					.stream()
					.map((p) -> new ImportAnswers.LineProblem(p.line(), p.severity().name(), p.cell(), p.key(),
							p.arguments(), this.messages.text(p, locale)))
					.toList());
	}

	private static ReportView summary(ReportView v) {
		return new ReportView(v.stored(), v.dryRun(), v.received(), v.created(), v.changed(), v.unchanged(), v.errors(),
				v.warnings(), v.periods(), v.problems().subList(0, Math.min(10, v.problems().size())));
	}

	private ResponseEntity<ProblemDetail> problem(HttpStatus status, String key, Locale locale) {
		return ApiProblems.answer(ApiProblems.problem(status, key, this.messages.text(key, locale)));
	}

}
