package org.hamkori.sdg;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.hamkori.sdg.Sdg1072.Answer;
import org.hamkori.sdg.Sdg1072.Band;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/** SDG 10.7.2 scoring against worked examples of the official method. */
class Sdg1072Tests {

	@Test
	void allYesScoresOneHundredAndFullyMeets() {
		Sdg1072.Result result = Sdg1072.score(Collections.nCopies(30, Answer.YES));
		assertThat(result.overall()).isEqualTo(100.0);
		assertThat(result.domainScores()).containsOnly(100.0);
		assertThat(result.band()).isEqualTo(Band.FULLY_MEETS);
	}

	@Test
	void onlyRegularStatusInDomainOneIsHalfAPointPerItem() {
		List<Answer> answers = new ArrayList<>(Collections.nCopies(30, Answer.YES));
		for (int i = 0; i < 5; i++) {
			answers.set(i, Answer.REGULAR_ONLY);
		}
		Sdg1072.Result result = Sdg1072.score(answers);
		assertThat(result.domainScores().get(0)).isEqualTo(50.0);
		assertThat(result.domainScores().subList(1, 6)).containsOnly(100.0);
		// 2.5 + 25 = 27.5 of 30 items
		assertThat(result.overall()).isCloseTo(91.666, org.assertj.core.data.Offset.offset(0.001));
		assertThat(result.band()).isEqualTo(Band.MEETS);
		assertThatIllegalArgumentException().isThrownBy(() -> Sdg1072.value(2, Answer.REGULAR_ONLY));
	}

	@Test
	void aMissingAnswerCountsAsZero() {
		List<Answer> answers = new ArrayList<>(Collections.nCopies(30, Answer.YES));
		answers.set(7, Answer.MISSING);
		Sdg1072.Result result = Sdg1072.score(answers);
		assertThat(result.domainScores().get(1)).isEqualTo(80.0);
		assertThat(result.overall()).isCloseTo(96.666, org.assertj.core.data.Offset.offset(0.001));
		assertThat(Sdg1072.score(List.of(Answer.YES)).overall()).isCloseTo(3.333,
				org.assertj.core.data.Offset.offset(0.001));
		assertThat(Sdg1072.value(3, null)).isZero();
	}

	@Test
	void bandsFollowTheOfficialThresholds() {
		assertThat(Sdg1072.band(39.99)).isEqualTo(Band.REQUIRES_FURTHER_PROGRESS);
		assertThat(Sdg1072.band(40)).isEqualTo(Band.PARTIALLY_MEETS);
		assertThat(Sdg1072.band(79.99)).isEqualTo(Band.PARTIALLY_MEETS);
		assertThat(Sdg1072.band(80)).isEqualTo(Band.MEETS);
		assertThat(Sdg1072.band(99.99)).isEqualTo(Band.MEETS);
		assertThat(Sdg1072.band(100)).isEqualTo(Band.FULLY_MEETS);
		assertThat(Sdg1072.score(Collections.nCopies(30, Answer.NO)).band()).isEqualTo(Band.REQUIRES_FURTHER_PROGRESS);
	}

}
