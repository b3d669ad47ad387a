package org.hamkori.reporting;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.hamkori.formats.SourceRow;
import org.hamkori.indicators.Dimensions;
import org.hamkori.indicators.Period;

/**
 * Synthetic figures for the demo data sets: labour migration flows, remittances and the
 * labour market of the four countries. Invented numbers of plausible size and shape
 * (seasonality, trend, the main corridors), drawn from a seeded random generator so that
 * every start gives the same figures, with every total exactly the sum of its breakdowns.
 * A period's figures depend only on the periods before it, so figures already shown do
 * not change when a new month ends.
 */
final class StatisticsDemoFigures {

	static final String T = Dimensions.TOTAL;

	/** Where departures go, and where remittances come from. */
	static final List<String> FLOW_AREAS = List.of("RUS", "KAZ", "TUR", "KOR", "ARE", "_O");

	static final List<String> REMITTANCE_AREAS = List.of("RUS", "KAZ", "TUR", "KOR", "_O");

	static final List<String> SEXES = List.of("F", "M");

	private StatisticsDemoFigures() {
	}

	/**
	 * The size and shape of one country's figures. Shares are of the total; departures
	 * peak in the given month; growth is per year from 2022.
	 */
	record Profile(String mechanism, String alpha3, long seed, double departures, double seasonality, int peakMonth,
			double femaleShare, double growth, Map<String, Double> destinations, double returns, double remittancesUsd,
			double remittanceGrowth, Map<String, Double> sources, double labourForce, double unemploymentRate,
			double femaleLabourShare) {

	}

	/**
	 * A value's place: indicator, sex and destination or origin (the others are totals).
	 */
	record Cell(String indicator, String sex, String area) {

		static Cell total(String indicator) {
			return new Cell(indicator, T, T);
		}

	}

	/** One period's figures, and the notes the reporter wrote on some totals. */
	static final class Sheet {

		final Period period;

		final Map<Cell, Long> values = new LinkedHashMap<>();

		final Map<Cell, String> notes = new HashMap<>();

		Sheet(Period period) {
			this.period = period;
		}

		Sheet copy() {
			Sheet copy = new Sheet(this.period);
			copy.values.putAll(this.values);
			copy.notes.putAll(this.notes);
			return copy;
		}

		long get(Cell cell) {
			return this.values.getOrDefault(cell, 0L);
		}

		long total(String indicator) {
			return get(Cell.total(indicator));
		}

		void put(Cell cell, long value) {
			this.values.put(cell, value);
		}

		/**
		 * Changes one breakdown value and the totals it adds up to, so that totals stay
		 * the sums of their breakdowns: the value by destination (sex total), the value
		 * by sex (destination total) and the grand total all move by delta.
		 */
		void shift(String indicator, String sex, String area, long delta) {
			if (!T.equals(area)) {
				add(new Cell(indicator, T, area), delta);
			}
			if (!T.equals(sex)) {
				add(new Cell(indicator, sex, T), delta);
			}
			add(Cell.total(indicator), delta);
		}

		private void add(Cell cell, long delta) {
			this.values.merge(cell, delta, Long::sum);
		}

		/** Swaps two values (a typing slip that keeps every total right). */
		void swap(Cell a, Cell b) {
			long first = get(a);
			put(a, get(b));
			put(b, first);
		}

		List<SourceRow> rows(long[] line) {
			List<SourceRow> rows = new ArrayList<>(this.values.size());
			this.values.forEach((cell, value) -> {
				Map<String, String> dims = new LinkedHashMap<>();
				if (!T.equals(cell.sex())) {
					dims.put("SEX", cell.sex());
				}
				if (!T.equals(cell.area())) {
					dims.put("COUNTERPART_AREA", cell.area());
				}
				rows.add(SourceRow.of(++line[0], cell.indicator(), this.period.code(), dims, Long.toString(value),
						this.notes.get(cell)));
			});
			return rows;
		}

	}

	/**
	 * Monthly departures by destination and by sex, and returns in total, from the first
	 * month to the last.
	 */
	static List<Sheet> flows(Profile p, Period first, Period last) {
		Random random = new Random(p.seed() * 31 + 1);
		List<Sheet> sheets = new ArrayList<>();
		for (Period period = first; period.compareTo(last) <= 0; period = period.next()) {
			double years = years(period);
			double season = 1 + p.seasonality() * Math.cos(2 * Math.PI * (period.number() - p.peakMonth()) / 12.0);
			double departures = p.departures() * Math.pow(1 + p.growth(), years) * season * noise(random, 0.03);
			Sheet sheet = new Sheet(period);
			Map<String, Long> byArea = split(departures, p.destinations(), random, 1);
			long total = byArea.values().stream().mapToLong(Long::longValue).sum();
			sheet.put(Cell.total("DEPARTURES"), total);
			byArea.forEach((area, value) -> sheet.put(new Cell("DEPARTURES", T, area), value));
			long women = Math.round(total * p.femaleShare() * noise(random, 0.04));
			sheet.put(new Cell("DEPARTURES", "F", T), women);
			sheet.put(new Cell("DEPARTURES", "M", T), total - women);
			// most return before winter and a second, smaller wave comes home for the
			// summer
			double back = 1 + 0.3 * Math.cos(2 * Math.PI * (period.number() - 12) / 12.0)
					+ 0.08 * Math.cos(2 * Math.PI * (period.number() - 7) / 6.0);
			sheet.put(Cell.total("RETURNS"),
					Math.round(p.returns() * Math.pow(1 + p.growth(), years) * back * noise(random, 0.04)));
			sheets.add(sheet);
		}
		return sheets;
	}

	/** Quarterly remittances received, in US dollars, by the country they came from. */
	static List<Sheet> remittances(Profile p, Period first, Period last) {
		Random random = new Random(p.seed() * 31 + 2);
		double[] season = { 0.84, 1.0, 1.1, 1.06 };
		List<Sheet> sheets = new ArrayList<>();
		for (Period period = first; period.compareTo(last) <= 0; period = period.next()) {
			double amount = p.remittancesUsd() * Math.pow(1 + p.remittanceGrowth(), years(period))
					* season[period.number() - 1] * noise(random, 0.03);
			Sheet sheet = new Sheet(period);
			Map<String, Long> bySource = split(amount / 1000, p.sources(), random, 1);
			long total = 0;
			for (Map.Entry<String, Long> e : bySource.entrySet()) {
				sheet.put(new Cell("REMITTANCES", T, e.getKey()), e.getValue() * 1000);
				total += e.getValue() * 1000;
			}
			sheet.values.put(Cell.total("REMITTANCES"), total);
			moveTotalFirst(sheet, "REMITTANCES");
			sheets.add(sheet);
		}
		return sheets;
	}

	/**
	 * Quarterly labour force survey: labour force, employment and unemployment by sex,
	 * employment plus unemployment making the labour force for each sex.
	 */
	static List<Sheet> labourMarket(Profile p, Period first, Period last) {
		Random random = new Random(p.seed() * 31 + 3);
		double[] season = { 0.985, 1.005, 1.012, 0.998 };
		double[] unemploymentSeason = { 1.08, 0.98, 0.95, 0.99 };
		List<Sheet> sheets = new ArrayList<>();
		for (Period period = first; period.compareTo(last) <= 0; period = period.next()) {
			double force = p.labourForce() * Math.pow(1.012, years(period)) * season[period.number() - 1]
					* noise(random, 0.004);
			double womenShare = p.femaleLabourShare() * noise(random, 0.005);
			Sheet sheet = new Sheet(period);
			long[] labour = new long[2];
			long[] unemployed = new long[2];
			labour[0] = roundTo(force * womenShare, 100);
			labour[1] = roundTo(force * (1 - womenShare), 100);
			for (int s = 0; s < 2; s++) {
				double rate = p.unemploymentRate() * ((s == 0) ? 1.1 : 0.95) * unemploymentSeason[period.number() - 1]
						* noise(random, 0.04);
				unemployed[s] = roundTo(labour[s] * rate, 100);
			}
			for (String indicator : List.of("LABOUR_FORCE", "EMPLOYMENT", "UNEMPLOYMENT")) {
				long sum = 0;
				for (int s = 0; s < 2; s++) {
					long value = switch (indicator) {
						case "LABOUR_FORCE" -> labour[s];
						case "UNEMPLOYMENT" -> unemployed[s];
						default -> labour[s] - unemployed[s];
					};
					sheet.put(new Cell(indicator, SEXES.get(s), T), value);
					sum += value;
				}
				sheet.put(Cell.total(indicator), sum);
				moveTotalFirst(sheet, indicator);
			}
			sheets.add(sheet);
		}
		return sheets;
	}

	/**
	 * Writes a note on each total that changed from the period before by more than the
	 * given share of the data set's threshold (percent, per indicator), as a reporter
	 * must before submitting.
	 */
	static void noteChanges(List<Sheet> sheets, Map<String, Double> thresholds, double margin) {
		for (int i = 1; i < sheets.size(); i++) {
			Sheet previous = sheets.get(i - 1);
			Sheet sheet = sheets.get(i);
			for (Map.Entry<String, Double> t : thresholds.entrySet()) {
				long before = previous.total(t.getKey());
				long now = sheet.total(t.getKey());
				if (before != 0 && Math.abs(now - before) * 100.0 > t.getValue() * margin * Math.abs(before)) {
					sheet.notes.put(Cell.total(t.getKey()),
							(now > before) ? "Seasonal rise, in line with previous years (synthetic demo figure)."
									: "Seasonal fall, in line with previous years (synthetic demo figure).");
				}
			}
		}
	}

	private static void moveTotalFirst(Sheet sheet, String indicator) {
		Map<Cell, Long> ordered = new LinkedHashMap<>();
		Cell total = Cell.total(indicator);
		sheet.values.forEach((cell, value) -> {
			if (!cell.indicator().equals(indicator)) {
				ordered.put(cell, value);
			}
		});
		ordered.put(total, sheet.values.get(total));
		sheet.values.forEach((cell, value) -> {
			if (cell.indicator().equals(indicator) && !cell.equals(total)) {
				ordered.put(cell, value);
			}
		});
		sheet.values.clear();
		sheet.values.putAll(ordered);
	}

	/** Splits an amount by shares that wander a little from period to period. */
	private static Map<String, Long> split(double amount, Map<String, Double> shares, Random random, long unit) {
		Map<String, Double> drawn = new LinkedHashMap<>();
		double sum = 0;
		for (Map.Entry<String, Double> e : shares.entrySet()) {
			double share = e.getValue() * noise(random, 0.05);
			drawn.put(e.getKey(), share);
			sum += share;
		}
		Map<String, Long> parts = new LinkedHashMap<>();
		for (Map.Entry<String, Double> e : drawn.entrySet()) {
			parts.put(e.getKey(), roundTo(amount * e.getValue() / sum, unit));
		}
		return parts;
	}

	private static double years(Period period) {
		return (period.start().getYear() - 2022) + (period.start().getDayOfYear() - 1) / 365.0;
	}

	private static double noise(Random random, double spread) {
		return 1 + Math.max(-2.5, Math.min(2.5, random.nextGaussian())) * spread;
	}

	private static long roundTo(double value, long unit) {
		return Math.round(value / unit) * unit;
	}

}
