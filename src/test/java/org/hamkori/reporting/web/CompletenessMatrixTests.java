package org.hamkori.reporting.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.hamkori.directory.Mechanism;
import org.hamkori.indicators.Period;
import org.hamkori.indicators.Periodicity;
import org.hamkori.reporting.Completeness.Report;
import org.hamkori.reporting.Completeness.Row;
import org.hamkori.reporting.Obligation;
import org.hamkori.shared.i18n.LocalizedText;
import org.hamkori.shared.security.Visibility;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The overview's columns: the last eight periods that have ended, paged backwards with
 * the before parameter, never before the first period any obligation starts with, and
 * with links only where there is something to see.
 */
class CompletenessMatrixTests {

	static final Mechanism TJ = new Mechanism(UUID.randomUUID(), "CCM-TJ", "TJ", false, LocalizedText.of("en", "TJ"),
			"Asia/Dushanbe", null, 0);

	static Report report(String first, LocalDate today) {
		Obligation o = new Obligation(UUID.randomUUID(), UUID.randomUUID(), TJ.id(), UUID.randomUUID(), 30,
				Period.of(first), null);
		Row row = new Row(o, "REM", LocalizedText.of("en", "Remittances"), Periodicity.QUARTERLY, Visibility.MEMBERS,
				LocalizedText.of("en", "Bank"), Map.of(), null);
		return new Report(TJ, today, List.of(row), null);
	}

	static List<String> codes(CompletenessController.Matrix m) {
		return m.columns().stream().map(Period::code).toList();
	}

	@Test
	void theLatestColumnsEndWithTheLastPeriodThatHasEnded() {
		CompletenessController.Matrix m = CompletenessController.matrix(report("2020-Q1", LocalDate.of(2024, 5, 15)),
				Periodicity.QUARTERLY, Optional.empty());
		assertThat(codes(m)).containsExactly("2022-Q2", "2022-Q3", "2022-Q4", "2023-Q1", "2023-Q2", "2023-Q3",
				"2023-Q4", "2024-Q1");
		assertThat(m.earlier()).isEqualTo("2022-Q2");
		assertThat(m.later()).isNull();
	}

	@Test
	void pagingBackShowsTheEightBeforeAndLinksBackToTheLatest() {
		Report report = report("2020-Q1", LocalDate.of(2024, 5, 15));
		CompletenessController.Matrix m = CompletenessController.matrix(report, Periodicity.QUARTERLY,
				Optional.of(Period.of("2022-Q2")));
		assertThat(codes(m)).first().isEqualTo("2020-Q2");
		assertThat(codes(m)).last().isEqualTo("2022-Q1");
		assertThat(m.earlier()).isEqualTo("2020-Q2");
		assertThat(m.later()).as("the next page is the latest one").isEmpty();

		CompletenessController.Matrix oldest = CompletenessController.matrix(report, Periodicity.QUARTERLY,
				Optional.of(Period.of("2020-Q3")));
		assertThat(codes(oldest)).as("not before the first period").first().isEqualTo("2020-Q1");
		assertThat(codes(oldest)).last().isEqualTo("2021-Q4");
		assertThat(oldest.earlier()).isNull();
		assertThat(oldest.later()).isEqualTo("2024-Q1");
	}

	@Test
	void aPeriodAfterTheLatestShowsTheLatest() {
		CompletenessController.Matrix m = CompletenessController.matrix(report("2020-Q1", LocalDate.of(2024, 5, 15)),
				Periodicity.QUARTERLY, Optional.of(Period.of("2030-Q1")));
		assertThat(codes(m)).last().isEqualTo("2024-Q1");
		assertThat(m.later()).isNull();
	}

	@Test
	void aYoungObligationStillShowsEightColumnsEndingWithTheLatest() {
		CompletenessController.Matrix m = CompletenessController.matrix(report("2024-Q1", LocalDate.of(2024, 5, 15)),
				Periodicity.QUARTERLY, Optional.empty());
		assertThat(codes(m)).hasSize(8).last().isEqualTo("2024-Q1");
		assertThat(m.earlier()).isNull();
	}

}
