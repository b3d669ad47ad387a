package org.hamkori.sdg;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.hamkori.sdg.Sdg1072.Answer;
import org.hamkori.shared.text.Texts;
import org.hamkori.shared.rules.RuleViolation;

/**
 * The answers of a round as values: read from a form's typed values, checked against the
 * 30 items, and compared between two versions to record what a save changed. No database
 * and no rights; {@link Sdg1072Rounds} applies them.
 */
public final class RoundAnswers {

	private RoundAnswers() {
	}

	/**
	 * Reads typed form values (item code to answer name, item code to comment) into
	 * answers. Blank values mean no answer.
	 * @throws RuleViolation for an unknown item, an answer the item does not offer, or a
	 * comment over {@value Sdg1072Rounds#COMMENT_MAX} characters
	 */
	public static Map<String, ItemAnswer> parse(Map<String, String> answers, Map<String, String> comments) {
		List<RuleViolation.Problem> problems = new ArrayList<>();
		Set<String> codes = new java.util.TreeSet<>();
		codes.addAll(answers.keySet());
		codes.addAll(comments.keySet());
		Map<String, ItemAnswer> result = new LinkedHashMap<>();
		for (String code : codes) {
			Optional<Sdg1072Items.Item> item = Sdg1072Items.item(code);
			if (item.isEmpty()) {
				problems.add(new RuleViolation.Problem(null, "sdg.error.item"));
				continue;
			}
			String raw = answers.get(code);
			Answer answer = null;
			if (raw != null && !raw.isBlank()) {
				try {
					answer = Answer.valueOf(raw.trim());
				}
				catch (IllegalArgumentException ex) {
					answer = Answer.MISSING;
				}
				if (!item.get().accepts(answer)) {
					problems.add(new RuleViolation.Problem(code, "sdg.error.answer", code));
					continue;
				}
			}
			String comment = comments.get(code);
			comment = (comment != null) ? comment.strip() : null;
			if (comment != null && comment.length() > Sdg1072Rounds.COMMENT_MAX) {
				problems.add(new RuleViolation.Problem(code, "sdg.error.comment", code));
				continue;
			}
			result.put(code, new ItemAnswer(code, answer, Texts.blankToNull(comment)));
		}
		if (!problems.isEmpty()) {
			throw new RuleViolation(problems);
		}
		return result;
	}

	/** Checks answers built in code the same way as typed ones. */
	static void validate(Map<String, ItemAnswer> answers) {
		Map<String, String> names = new LinkedHashMap<>();
		Map<String, String> comments = new LinkedHashMap<>();
		answers.forEach((code, a) -> {
			if (!code.equals(a.item())) {
				throw RuleViolation.of("sdg.error.item");
			}
			names.put(code, (a.answer() != null) ? a.answer().name() : null);
			comments.put(code, a.comment());
		});
		parse(names, comments);
	}

	/** The items whose answer or comment differs, in catalogue order. */
	static List<RoundStep.Change> changes(Map<String, ItemAnswer> before, Map<String, ItemAnswer> after) {
		List<RoundStep.Change> changes = new ArrayList<>();
		for (Sdg1072Items.Item item : Sdg1072Items.ALL) {
			ItemAnswer b = before.get(item.code());
			ItemAnswer a = after.get(item.code());
			String answerBefore = (b != null && b.answer() != null) ? b.answer().name() : null;
			String answerAfter = (a != null && a.answer() != null) ? a.answer().name() : null;
			String commentBefore = (b != null) ? Texts.blankToNull(b.comment()) : null;
			String commentAfter = (a != null) ? Texts.blankToNull(a.comment()) : null;
			boolean commentChanged = !Objects.equals(commentBefore, commentAfter);
			if (!Objects.equals(answerBefore, answerAfter) || commentChanged) {
				changes.add(new RoundStep.Change(item.code(), answerBefore, answerAfter, commentChanged));
			}
		}
		return changes;
	}

}
