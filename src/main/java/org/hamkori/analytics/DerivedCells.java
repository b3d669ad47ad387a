package org.hamkori.analytics;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;

/**
 * How a derived indicator gets its figures: its inputs are brought to one periodicity,
 * then its formula is evaluated per mechanism, period and code. Plain calculation over
 * cells already read, with no database.
 */
final class DerivedCells {

	private DerivedCells() {
	}

	/**
	 * Brings a derived indicator's inputs to the coarsest periodicity among them, so
	 * monthly departures and quarterly remittances meet per quarter: a finer input is
	 * summed, averaged or its last value taken, as its catalogue aggregation says, and
	 * only over complete periods (three months for a quarter); an incomplete quarter
	 * gives no point.
	 */
	static Map<String, List<PublishedCell>> alignPeriods(Map<String, List<PublishedCell>> byInput,
			Function<String, String> aggregationOf) {
		org.hamkori.indicators.Periodicity target = null;
		for (List<PublishedCell> cells : byInput.values()) {
			for (PublishedCell c : cells) {
				org.hamkori.indicators.Periodicity p = org.hamkori.indicators.Period.parse(c.period())
					.map(org.hamkori.indicators.Period::periodicity)
					.orElse(null);
				if (p != null && (target == null || p.compareTo(target) > 0)) {
					target = p;
				}
			}
		}
		if (target == null) {
			return byInput;
		}
		Map<String, List<PublishedCell>> aligned = new LinkedHashMap<>();
		for (Map.Entry<String, List<PublishedCell>> e : byInput.entrySet()) {
			String aggregation = aggregationOf.apply(e.getKey());
			aligned.put(e.getKey(), rollUp(e.getValue(), aggregation, target));
		}
		return aligned;
	}

	private static List<PublishedCell> rollUp(List<PublishedCell> cells, String aggregation,
			org.hamkori.indicators.Periodicity target) {
		record Key(UUID mechanismId, String period, String code) {
		}
		Map<Key, List<PublishedCell>> groups = new LinkedHashMap<>();
		Map<Key, org.hamkori.indicators.Period> targets = new HashMap<>();
		Map<Key, Integer> expected = new HashMap<>();
		for (PublishedCell c : cells) {
			org.hamkori.indicators.Period p = org.hamkori.indicators.Period.parse(c.period()).orElse(null);
			if (p == null) {
				continue;
			}
			org.hamkori.indicators.Period t = org.hamkori.indicators.Period.containing(target, p.start());
			Key key = new Key(c.mechanismId(), t.code(), c.code());
			groups.computeIfAbsent(key, (k) -> new ArrayList<>()).add(c);
			targets.put(key, t);
			expected.put(key, parts(p.periodicity(), target));
		}
		List<PublishedCell> result = new ArrayList<>();
		groups.forEach((key, group) -> {
			if (group.size() != expected.get(key)) {
				return;
			}
			group.sort(Comparator.comparing(PublishedCell::periodStart));
			BigDecimal sum = group.stream().map(PublishedCell::value).reduce(BigDecimal.ZERO, BigDecimal::add);
			BigDecimal value = switch (aggregation) {
				case "AVERAGE" -> sum.divide(BigDecimal.valueOf(group.size()), 4, java.math.RoundingMode.HALF_UP);
				case "LAST" -> group.get(group.size() - 1).value();
				default -> sum;
			};
			Instant approved = group.stream()
				.map(PublishedCell::approvedAt)
				.filter(Objects::nonNull)
				.max(Comparator.naturalOrder())
				.orElse(null);
			result.add(new PublishedCell(key.mechanismId(), key.period(), targets.get(key).start(), key.code(), value,
					approved));
		});
		return result;
	}

	/** How many periods of a periodicity make one of the target's. */
	private static int parts(org.hamkori.indicators.Periodicity from, org.hamkori.indicators.Periodicity to) {
		int perYearFrom = switch (from) {
			case MONTHLY -> 12;
			case QUARTERLY -> 4;
			case ANNUAL, FIVE_YEARLY -> 1;
		};
		int perYearTo = switch (to) {
			case MONTHLY -> 12;
			case QUARTERLY -> 4;
			case ANNUAL, FIVE_YEARLY -> 1;
		};
		return perYearFrom / perYearTo;
	}

	/** The formula per mechanism, period and code, where every input has a figure. */
	static List<PublishedCell> derive(Formula formula, Map<String, List<PublishedCell>> byInput) {
		record Key(UUID mechanismId, String period, String code) {
		}
		Map<Key, Map<String, BigDecimal>> values = new LinkedHashMap<>();
		Map<Key, PublishedCell> latest = new HashMap<>();
		byInput.forEach((input, cells) -> cells.forEach((c) -> {
			Key key = new Key(c.mechanismId(), c.period(), c.code());
			values.computeIfAbsent(key, (k) -> new HashMap<>()).put(input, c.value());
			latest.merge(key, c, (a, b) -> (b.approvedAt().isAfter(a.approvedAt())) ? b : a);
		}));
		List<PublishedCell> result = new ArrayList<>();
		values.forEach((key, inputs) -> formula.evaluate(inputs).ifPresent((value) -> {
			PublishedCell last = latest.get(key);
			result.add(new PublishedCell(key.mechanismId(), key.period(), last.periodStart(), key.code(), value,
					last.approvedAt()));
		}));
		return result;
	}

}
