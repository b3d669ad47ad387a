package org.hamkori.shared.rules;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A step the rules of a module do not allow (announcing a meeting in the past, escalating
 * twice, a programme without a title, importing into an approved period). Each problem
 * names a message key, its arguments and, where it concerns one form field, the field, so
 * pages and the API say it in the reader's language; never a raw text. Nothing is stored
 * when it is thrown.
 */
public class RuleViolation extends RuntimeException {

	/** One broken rule: the field (or null for the whole record), a key and arguments. */
	public record Problem(String field, String messageKey, Object... arguments) {

		public Problem {
			arguments = (arguments != null) ? arguments.clone() : new Object[0];
		}

		@Override
		public Object[] arguments() {
			return this.arguments.clone();
		}

	}

	private final transient List<Problem> problems;

	/** One problem of one field (or of the whole record when {@code field} is null). */
	public RuleViolation(String field, String messageKey, Object... arguments) {
		this(List.of(new Problem(field, messageKey, arguments)));
	}

	/** Several problems, field name to message key, in the order found. */
	public RuleViolation(Map<String, String> errors) {
		this(errors.entrySet().stream().map((e) -> new Problem(e.getKey(), e.getValue())).toList());
	}

	public RuleViolation(List<Problem> problems) {
		super(problems.isEmpty() ? "rule violated" : problems.get(0).messageKey());
		if (problems.isEmpty()) {
			throw new IllegalArgumentException("A rule violation names at least one problem");
		}
		this.problems = List.copyOf(problems);
	}

	/** One problem of the whole record, not of a field. */
	public static RuleViolation of(String messageKey, Object... arguments) {
		return new RuleViolation(null, messageKey, arguments);
	}

	public List<Problem> problems() {
		return this.problems;
	}

	/** The field of the first problem, or null. */
	public String field() {
		return this.problems.get(0).field();
	}

	/** The message key of the first problem. */
	public String messageKey() {
		return this.problems.get(0).messageKey();
	}

	/** The arguments of the first problem. */
	public Object[] arguments() {
		return this.problems.get(0).arguments();
	}

	/** Field name to message key; problems of the whole record are left out. */
	public Map<String, String> errors() {
		Map<String, String> errors = new LinkedHashMap<>();
		for (Problem p : this.problems) {
			if (p.field() != null) {
				errors.putIfAbsent(p.field(), p.messageKey());
			}
		}
		return Collections.unmodifiableMap(errors);
	}

}
