package org.hamkori.analytics;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.hamkori.indicators.Period;
import org.hamkori.indicators.Periodicity;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Series meet at one frequency only by their indicator's rule (decision 0026): flows are
 * summed, stocks take the end of the period, rates are averaged, only over complete
 * periods; a coarser series is never split; a derived indicator never adds two series of
 * one input.
 */
class SeriesConversionTests {

	private static final UUID MECHANISM = UUID.randomUUID();

	private static SeriesKey series(Periodicity frequency) {
		return new SeriesKey(MECHANISM, UUID.randomUUID(), UUID.randomUUID(), null, frequency);
	}

	private static List<PublishedCell> cells(SeriesKey series, Map<String, String> values) {
		List<PublishedCell> cells = new ArrayList<>();
		values.forEach((period, value) -> cells.add(new PublishedCell(MECHANISM, List.of(series), period,
				Period.of(period).start(), "_T", new BigDecimal(value), Instant.parse("2026-01-01T00:00:00Z"))));
		return cells;
	}

	private static Map<String, String> quarters() {
		Map<String, String> values = new LinkedHashMap<>();
		values.put("2024-Q1", "10");
		values.put("2024-Q2", "20");
		values.put("2024-Q3", "30");
		values.put("2024-Q4", "45.5");
		values.put("2025-Q1", "7");
		return values;
	}

	private static Map<String, BigDecimal> byPeriod(List<PublishedCell> cells) {
		Map<String, BigDecimal> values = new LinkedHashMap<>();
		cells.forEach((c) -> values.put(c.period(), c.value()));
		return values;
	}

	@Test
	void flowsAreSummedStocksTakeTheEndOfPeriodAndOnlyCompleteYearsCount() {
		List<PublishedCell> quarterly = cells(series(Periodicity.QUARTERLY), quarters());
		assertThat(byPeriod(DerivedCells.convert(quarterly, Periodicity.ANNUAL, "SUM")))
			.containsExactly(Map.entry("2024", new BigDecimal("105.5")));
		assertThat(byPeriod(DerivedCells.convert(quarterly, Periodicity.ANNUAL, "LAST")))
			.containsExactly(Map.entry("2024", new BigDecimal("45.5")));
		assertThat(byPeriod(DerivedCells.convert(quarterly, Periodicity.ANNUAL, "AVERAGE")))
			.containsExactly(Map.entry("2024", new BigDecimal("26.375")));
		// at their own frequency, as reported
		assertThat(DerivedCells.convert(quarterly, Periodicity.QUARTERLY, "SUM")).isEqualTo(quarterly);
	}

	@Test
	void aYearIsNeverSplitIntoQuarters() {
		List<PublishedCell> annual = cells(series(Periodicity.ANNUAL), Map.of("2024", "100"));
		assertThat(DerivedCells.convert(annual, Periodicity.QUARTERLY, "SUM")).isEmpty();
		assertThat(DerivedCells.convertible(Periodicity.ANNUAL, Periodicity.QUARTERLY)).isFalse();
		assertThat(DerivedCells.convertible(Periodicity.MONTHLY, Periodicity.ANNUAL)).isTrue();
	}

	@Test
	void aDerivedIndicatorIsEvaluatedPerSeriesNeverOverTheirSum() {
		SeriesKey national = series(Periodicity.ANNUAL);
		SeriesKey other = series(Periodicity.ANNUAL);
		SeriesKey departures = series(Periodicity.ANNUAL);
		Map<String, List<PublishedCell>> byInput = new LinkedHashMap<>();
		List<PublishedCell> remittances = new ArrayList<>(cells(national, Map.of("2024", "1000")));
		remittances.addAll(cells(other, Map.of("2024", "400")));
		byInput.put("REMITTANCES", remittances);
		byInput.put("DEPARTURES", cells(departures, Map.of("2024", "10")));
		List<PublishedCell> derived = DerivedCells.derive(Formula.parse("#REMITTANCES / #DEPARTURES"), byInput);
		assertThat(derived).extracting(PublishedCell::value)
			.map((v) -> v.stripTrailingZeros().toPlainString())
			.containsExactlyInAnyOrder("100", "40");
		assertThat(derived).extracting(PublishedCell::series)
			.containsExactlyInAnyOrder(List.of(national, departures), List.of(other, departures));
	}

}
