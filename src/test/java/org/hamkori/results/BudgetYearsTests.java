package org.hamkori.results;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Workplan budgets per calendar year: spread by days, to the cent, adding up exactly.
 */
class BudgetYearsTests {

	@Test
	void anAmountIsSpreadOverItsYearsByDaysAndAddsUpExactly() {
		// 184 days of 2023, 366 of 2024 (a leap year), 181 of 2025: 731 in all
		Map<Integer, BigDecimal> shares = BudgetYears.split(new BigDecimal("1000"), LocalDate.of(2023, 7, 1),
				LocalDate.of(2025, 6, 30));
		assertThat(shares).containsExactly(Map.entry(2023, new BigDecimal("251.71")),
				Map.entry(2024, new BigDecimal("500.68")), Map.entry(2025, new BigDecimal("247.61")));
		assertThat(shares.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add)).isEqualByComparingTo("1000");
		assertThat(BudgetYears.split(new BigDecimal("0.01"), LocalDate.of(2024, 12, 31), LocalDate.of(2025, 1, 1)))
			.containsExactly(Map.entry(2024, new BigDecimal("0.00")), Map.entry(2025, new BigDecimal("0.01")));
		assertThat(BudgetYears.split(new BigDecimal("12.5"), LocalDate.of(2025, 3, 1), LocalDate.of(2025, 3, 1)))
			.containsExactly(Map.entry(2025, new BigDecimal("12.50")));
	}

	@Test
	void yearsAddUpPerCurrencyAndACancelledActivityCountsForNothing() {
		List<Activity> activities = List.of(activity("100", "USD", "2025-01-01", "2025-12-31", ActivityStatus.ONGOING),
				activity("50.25", "USD", "2025-03-01", "2025-03-31", ActivityStatus.COMPLETED),
				activity("70", "CHF", "2025-03-01", "2025-03-31", ActivityStatus.PLANNED),
				activity("999", "USD", "2025-03-01", "2025-03-31", ActivityStatus.CANCELLED),
				activity(null, null, "2025-03-01", "2025-03-31", ActivityStatus.PLANNED));
		assertThat(BudgetYears.of(activities)).containsOnlyKeys(2025);
		assertThat(BudgetYears.of(activities).get(2025)).containsExactly(Map.entry("CHF", new BigDecimal("70.00")),
				Map.entry("USD", new BigDecimal("150.25")));
	}

	private static Activity activity(String amount, String currency, String start, String end, ActivityStatus status) {
		return new Activity(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), "A", null, "TJ", UUID.randomUUID(),
				LocalDate.parse(start), LocalDate.parse(end), status, null, null,
				(amount != null) ? new BigDecimal(amount) : null, currency, null);
	}

}
