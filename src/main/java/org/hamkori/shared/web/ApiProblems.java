package org.hamkori.shared.web;

import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.hamkori.shared.rules.RuleViolation;
import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;

/**
 * The one shape of the API's problem documents (RFC 9457): type, title, status, detail in
 * the caller's language, a stable {@code code} (the message key of the rule refused) and,
 * for refused fields or lines, {@code problems}: each with its {@code field} or
 * {@code line}, its own {@code code} and its {@code message}.
 */
public final class ApiProblems {

	/** The member that holds the stable code. */
	public static final String CODE = "code";

	/** The member that lists the refused fields or lines. */
	public static final String PROBLEMS = "problems";

	private ApiProblems() {
	}

	/**
	 * One refused field or line; what is not known is left out of the document.
	 */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	public record Item(@Nullable String field, @Nullable Long line, String code, String message) {
	}

	public static Item field(@Nullable String field, String code, String message) {
		return new Item(field, null, code, message);
	}

	public static Item line(long line, String code, String message) {
		return new Item(null, line, code, message);
	}

	public static ProblemDetail problem(HttpStatus status, String code, String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setProperty(CODE, code);
		return problem;
	}

	public static ProblemDetail problem(HttpStatus status, String code, String detail, List<?> problems) {
		ProblemDetail problem = problem(status, code, detail);
		problem.setProperty(PROBLEMS, problems);
		return problem;
	}

	/**
	 * A refusal by the rules: the first rule's key as code and its sentence as detail
	 * (all sentences when there are several), and each problem with its field, key and
	 * sentence.
	 */
	public static ProblemDetail refused(HttpStatus status, RuleViolation ex,
			Function<RuleViolation.Problem, String> text) {
		List<Item> items = ex.problems().stream().map((p) -> field(p.field(), p.messageKey(), text.apply(p))).toList();
		String detail = items.stream().map(Item::message).distinct().collect(Collectors.joining(" "));
		return problem(status, ex.messageKey(), detail, items);
	}

	/** The same, with each sentence from the message source. */
	public static ProblemDetail refused(HttpStatus status, RuleViolation ex, MessageSource messages, Locale locale) {
		return refused(status, ex, (p) -> messages.getMessage(p.messageKey(), p.arguments(), p.messageKey(), locale));
	}

	/** The answer carrying a problem document. */
	public static ResponseEntity<ProblemDetail> answer(ProblemDetail problem) {
		return ResponseEntity.status(problem.getStatus()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}

}
