package org.hamkori.results;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Workplan budgets per calendar year and currency, as IATI wants a budget per period of
 * at most a year (decision 0035). An activity's amount is spread over the years it spans
 * in proportion to its days in each, rounded to the cent, the last year taking what
 * rounding left so the years add up to the amount exactly. A cancelled activity spends
 * nothing and counts for nothing; one without an amount is left out.
 */
final class BudgetYears {

	private BudgetYears() {
	}

	/** Year, then currency, then the amount budgeted. */
	static SortedMap<Integer, SortedMap<String, BigDecimal>> of(Collection<Activity> activities) {
		SortedMap<Integer, SortedMap<String, BigDecimal>> years = new TreeMap<>();
		for (Activity activity : activities) {
			if (activity.budgetAmount() == null || activity.budgetCurrency() == null
					|| activity.status() == ActivityStatus.CANCELLED) {
				continue;
			}
			split(activity.budgetAmount(), activity.startDate(), activity.endDate())
				.forEach((year, amount) -> years.computeIfAbsent(year, (y) -> new TreeMap<>())
					.merge(activity.budgetCurrency(), amount, BigDecimal::add));
		}
		return years;
	}

	/** An amount over the calendar years from start to end (both days included). */
	static SortedMap<Integer, BigDecimal> split(BigDecimal amount, LocalDate start, LocalDate end) {
		SortedMap<Integer, BigDecimal> shares = new TreeMap<>();
		long total = ChronoUnit.DAYS.between(start, end) + 1;
		BigDecimal left = amount;
		for (int year = start.getYear(); year <= end.getYear(); year++) {
			if (year == end.getYear()) {
				shares.put(year, left.setScale(2, RoundingMode.HALF_EVEN));
				break;
			}
			LocalDate from = (year == start.getYear()) ? start : LocalDate.of(year, 1, 1);
			long days = ChronoUnit.DAYS.between(from, LocalDate.of(year + 1, 1, 1));
			BigDecimal share = amount.multiply(BigDecimal.valueOf(days))
				.divide(BigDecimal.valueOf(total), 2, RoundingMode.HALF_EVEN);
			shares.put(year, share);
			left = left.subtract(share);
		}
		return shares;
	}

}
