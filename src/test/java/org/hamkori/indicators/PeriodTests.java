package org.hamkori.indicators;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PeriodTests {

	@Test
	void readsThePeriodsFilesWrite() {
		assertThat(Period.parse("2024")).contains(new Period(Periodicity.ANNUAL, 2024, 1));
		assertThat(Period.parse("2019 [YR2019]")).contains(new Period(Periodicity.ANNUAL, 2019, 1));
		assertThat(Period.parse("2024-Q3")).contains(new Period(Periodicity.QUARTERLY, 2024, 3));
		assertThat(Period.parse("2024q3")).contains(new Period(Periodicity.QUARTERLY, 2024, 3));
		assertThat(Period.parse("2024-03")).contains(new Period(Periodicity.MONTHLY, 2024, 3));
		assertThat(Period.parse("2024-M03")).contains(new Period(Periodicity.MONTHLY, 2024, 3));
		assertThat(Period.parse("03.2024")).contains(new Period(Periodicity.MONTHLY, 2024, 3));
		assertThat(Period.parse("1118")).contains(new Period(Periodicity.ANNUAL, 1118, 1));
		assertThat(Period.parse("2024-Q5")).isEmpty();
		assertThat(Period.parse("2024-13")).isEmpty();
		assertThat(Period.parse("March 2024")).isEmpty();
		assertThat(Period.parse(null)).isEmpty();
	}

	@Test
	void fiveYearlyPeriodsAreTheReferenceYearsDivisibleByFive() {
		Period census = Period.of("2020", Periodicity.FIVE_YEARLY);
		assertThat(census.periodicity()).isEqualTo(Periodicity.FIVE_YEARLY);
		assertThat(census.code()).isEqualTo("2020");
		assertThat(census.next().code()).isEqualTo("2025");
		assertThat(census.previous().code()).isEqualTo("2015");
		assertThat(census.start()).isEqualTo(LocalDate.of(2020, 1, 1));
		assertThat(census.end()).as("it ends with its reference year").isEqualTo(LocalDate.of(2020, 12, 31));
		assertThat(census.due(90)).isEqualTo(LocalDate.of(2021, 3, 31));
		assertThat(Period.of("2022").in(Periodicity.FIVE_YEARLY)).isEmpty();
		assertThat(Period.of("2024-Q1").in(Periodicity.FIVE_YEARLY)).isEmpty();
		assertThat(census.in(Periodicity.ANNUAL)).contains(Period.of("2020"));
		assertThat(Period.containing(Periodicity.FIVE_YEARLY, LocalDate.of(2026, 11, 28)).code()).isEqualTo("2025");
		assertThat(Period.containing(Periodicity.FIVE_YEARLY, LocalDate.of(1999, 1, 1)).code()).isEqualTo("1995");
		org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
			.isThrownBy(() -> new Period(Periodicity.FIVE_YEARLY, 2021, 1));
	}

	@Test
	void writesCanonicalCodesAndKnowsItsDays() {
		Period march = Period.of("2024-M3");
		assertThat(march.code()).isEqualTo("2024-03");
		assertThat(march.start()).isEqualTo(LocalDate.of(2024, 3, 1));
		assertThat(march.end()).isEqualTo(LocalDate.of(2024, 3, 31));
		assertThat(march.due(30)).isEqualTo(LocalDate.of(2024, 4, 30));
		assertThat(Period.of("2024-Q4").next().code()).isEqualTo("2025-Q1");
		assertThat(Period.of("2024-01").previous().code()).isEqualTo("2023-12");
		assertThat(Period.of("2024-01").previousCode()).isEqualTo("2023-12");
		assertThat(Period.of("1000-01").before()).isEmpty();
		assertThat(Period.of("1000-Q1").previousCode()).isEmpty();
		assertThat(Period.of("1000").before()).isEmpty();
		assertThat(Period.of("1000-02").before()).contains(Period.of("1000-01"));
		assertThat(Period.of("2024-Q1").end()).isEqualTo(LocalDate.of(2024, 3, 31));
		assertThat(Period.containing(Periodicity.QUARTERLY, LocalDate.of(2026, 11, 28)).code()).isEqualTo("2026-Q4");
		assertThat(Period.of("2024-02")).isGreaterThan(Period.of("2024-01")).isLessThan(Period.of("2025-01"));
		assertThat(Period.of("2024-Q2").compareTo(Period.of("2024-04"))).isZero();
	}

}
