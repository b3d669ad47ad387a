package org.hamkori.sdg;

import java.util.List;
import java.util.Map;

import org.hamkori.sdg.Sdg1072.Answer;
import org.hamkori.sdg.Sdg1072.Band;
import org.hamkori.shared.rules.RuleViolation;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** The 30 items, what each accepts, and reading typed form values into answers. */
class Sdg1072ItemsTests {

	@Test
	void thirtyItemsInSixDomainsOfFive() {
		assertThat(Sdg1072Items.ALL).hasSize(30);
		assertThat(Sdg1072Items.ALL.get(0).code()).isEqualTo("1a");
		assertThat(Sdg1072Items.ALL.get(29).code()).isEqualTo("6e");
		assertThat(Sdg1072Items.ofDomain(4)).extracting(Sdg1072Items.Item::code)
			.containsExactly("4a", "4b", "4c", "4d", "4e");
		assertThat(Sdg1072Items.item("1a").orElseThrow().choices()).containsExactly(Answer.YES, Answer.REGULAR_ONLY,
				Answer.NO);
		assertThat(Sdg1072Items.item("2a").orElseThrow().choices()).containsExactly(Answer.YES, Answer.NO);
		assertThat(Sdg1072Items.item("1a").orElseThrow().answerKey(Answer.YES)).isEqualTo("sdg.answer.yes_any_status");
		assertThat(Sdg1072Items.item("3a").orElseThrow().answerKey(Answer.YES)).isEqualTo("sdg.answer.yes");
	}

	@Test
	void typedValuesAreReadAndWrongOnesNamed() {
		Map<String, ItemAnswer> answers = RoundAnswers.parse(Map.of("1a", "REGULAR_ONLY", "2a", "", "3a", "NO"),
				Map.of("2a", "  Decree 12  "));
		assertThat(answers.get("1a").answer()).isEqualTo(Answer.REGULAR_ONLY);
		assertThat(answers.get("2a").answer()).isNull();
		assertThat(answers.get("2a").comment()).isEqualTo("Decree 12");
		assertThatExceptionOfType(RuleViolation.class)
			.isThrownBy(() -> RoundAnswers.parse(Map.of("2a", "REGULAR_ONLY", "1b", "MAYBE", "7a", "YES"), Map.of()))
			.satisfies((ex) -> assertThat(ex.problems()).extracting(RuleViolation.Problem::field)
				.containsExactlyInAnyOrder("1b", "2a", null));
		assertThatExceptionOfType(RuleViolation.class)
			.isThrownBy(() -> RoundAnswers.parse(Map.of(), Map.of("4a", "x".repeat(2001))))
			.satisfies((ex) -> assertThat(ex.problems()).extracting(RuleViolation.Problem::messageKey)
				.containsExactly("sdg.error.comment"));
	}

	@Test
	void theScoreListsMissingItemsAndFormatsPercentages() {
		RoundScore score = RoundScore.of(Map.of("1a", new ItemAnswer("1a", Answer.REGULAR_ONLY, null), "2a",
				new ItemAnswer("2a", null, "only a comment")));
		assertThat(score.missing()).hasSize(29).contains("2a").doesNotContain("1a");
		assertThat(score.domain(1)).isEqualTo(10.0);
		assertThat(score.band()).isEqualTo(Band.REQUIRES_FURTHER_PROGRESS);
		assertThat(RoundScore.percent(91.6666)).isEqualTo("91.7");
		assertThat(RoundScore.percent(100)).isEqualTo("100");
		assertThat(List.of(score.overallPercent())).containsExactly("1.7");
	}

}
