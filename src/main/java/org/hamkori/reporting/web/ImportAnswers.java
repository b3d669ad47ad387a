package org.hamkori.reporting.web;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.hamkori.formats.FileFormatException;
import org.hamkori.reporting.FileImports;
import org.hamkori.reporting.ImportReport;
import org.hamkori.shared.rules.RuleViolation;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * The answers of the data-set and report API: a file's counts, or a problem document (RFC
 * 9457, {@code application/problem+json}, status 422) that lists every problem, by line
 * for a file and by report for a workflow step, each with its message key and its
 * sentence in the caller's language.
 */
@RestControllerAdvice(assignableTypes = { DataSetsApi.class, ReportsApi.class })
class ImportAnswers {

	private final DataMessages messages;

	ImportAnswers(DataMessages messages) {
		this.messages = messages;
	}

	/** One problem of a file: its line (0 for the file as a whole). */
	record LineProblem(long line, String severity, @Nullable String cell, String code, @Nullable List<String> arguments,
			String message) {
	}

	/**
	 * One refusal: the field or report it concerns (if any), the key and its sentence.
	 */
	record Refusal(@Nullable String target, String code, String message) {
	}

	/** What a file did. */
	record FileDone(boolean stored, boolean dryRun, long rows, long created, long changed, long unchanged, long skipped,
			long warnings, List<String> periods, Map<String, UUID> reports, List<LineProblem> problems) {
	}

	ResponseEntity<?> answer(FileImports.Result result, Locale locale) {
		ImportReport r = result.report();
		List<LineProblem> problems = r.problems()
			.stream()
			.map((p) -> new LineProblem(p.line(), p.severity().name(), p.cell(), p.key(), p.arguments(),
					this.messages.text(p, locale)))
			.toList();
		if (r.hasErrors()) {
			ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT,
					this.messages.text("data.api.file-refused", locale));
			problem.setProperty("code", "data.api.file-refused");
			problem.setProperty("rows", r.rowsRead());
			problem.setProperty("errors", r.errors());
			problem.setProperty("warnings", r.warnings());
			problem.setProperty("problems", problems);
			return problemResponse(problem);
		}
		return ResponseEntity.ok(new FileDone(r.stored(), r.dryRun(), r.rowsRead(), r.valuesNew(), r.valuesChanged(),
				r.valuesUnchanged(), r.skipped(), r.warnings(), r.periods(), result.reports(), problems));
	}

	/**
	 * The answer cut to its first ten problems, to keep under an idempotency key when the
	 * whole one is too long.
	 */
	static Object summary(Object answer) {
		if (answer instanceof FileDone d) {
			return new FileDone(d.stored(), d.dryRun(), d.rows(), d.created(), d.changed(), d.unchanged(), d.skipped(),
					d.warnings(), d.periods(), d.reports(), d.problems().subList(0, Math.min(10, d.problems().size())));
		}
		if (answer instanceof ProblemDetail p && p.getProperties() != null
				&& p.getProperties().get("problems") instanceof List<?> problems) {
			ProblemDetail cut = ProblemDetail.forStatusAndDetail(HttpStatus.valueOf(p.getStatus()), p.getDetail());
			p.getProperties().forEach(cut::setProperty);
			cut.setProperty("problems", problems.subList(0, Math.min(10, problems.size())));
			return cut;
		}
		return answer;
	}

	/** A refusal of the request as a whole, with its message key as code. */
	ResponseEntity<ProblemDetail> refusal(HttpStatus status, String key, Locale locale) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, this.messages.text(key, locale));
		problem.setProperty("code", key);
		return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}

	@ExceptionHandler(RuleViolation.class)
	ResponseEntity<ProblemDetail> refused(RuleViolation ex, Locale locale) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT,
				this.messages.text(ex, locale));
		problem.setProperty("code", ex.messageKey());
		problem.setProperty("problems",
				ex.problems()
					.stream()
					.map((p) -> new Refusal(p.field(), p.messageKey(),
							this.messages.text(p.messageKey(),
									Arrays.stream(p.arguments()).map(String::valueOf).toList(), locale)))
					.toList());
		return problemResponse(problem);
	}

	@ExceptionHandler(FileFormatException.class)
	ResponseEntity<ProblemDetail> unreadable(FileFormatException ex, Locale locale) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT, this.messages
			.text(ex.messageKey(), Arrays.stream(ex.arguments()).map(String::valueOf).toList(), locale));
		problem.setProperty("code", ex.messageKey());
		return problemResponse(problem);
	}

	private static ResponseEntity<ProblemDetail> problemResponse(ProblemDetail problem) {
		return ResponseEntity.unprocessableContent().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}

}
