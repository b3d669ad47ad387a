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

import org.hamkori.indicators.Period;
import org.hamkori.indicators.Periodicity;

/**
 * How series meet at one frequency, and how a derived indicator gets its figures. Plain
 * calculation over cells already read, with no database. A series is never added to
 * another (decision 0026): a finer series is converted to the table's frequency by its
 * indicator's rule (summed for flows, its last value for stocks, averaged for rates),
 * only over complete periods; a coarser one is left out; a derived indicator is evaluated
 * per combination of one series of each input.
 */
final class DerivedCells {

	private DerivedCells() {
	}

	/** Months in a period of the frequency, or 0 for one this class cannot convert. */
	static int months(Periodicity frequency) {
		return switch (frequency.name()) {
			case "MONTHLY" -> 1;
			case "QUARTERLY" -> 3;
			case "ANNUAL" -> 12;
			default -> 0;
		};
	}

	/** Whether figures of the frequency can be shown at the target one. */
	static boolean convertible(Periodicity from, Periodicity to) {
		return from == to || (months(from) > 0 && months(to) > 0 && months(to) % months(from) == 0);
	}

	/**
	 * The cells at the target frequency: those already at it as they are; a finer series'
	 * cells rolled up per complete target period by the aggregation ({@code SUM},
	 * {@code LAST} or {@code AVERAGE}); coarser ones left out.
	 */
	static List<PublishedCell> convert(List<PublishedCell> cells, Periodicity target, String aggregation) {
		record Key(UUID mechanismId, List<SeriesKey> series, String period, String code) {
		}
		List<PublishedCell> result = new ArrayList<>();
		Map<Key, List<PublishedCell>> groups = new LinkedHashMap<>();
		Map<Key, Period> targets = new HashMap<>();
		Map<Key, Integer> expected = new HashMap<>();
		for (PublishedCell c : cells) {
			Period p = Period.parse(c.period()).orElse(null);
			if (p == null || !convertible(p.periodicity(), target)) {
				continue;
			}
			if (p.periodicity() == target) {
				result.add(c);
				continue;
			}
			Period t = Period.containing(target, p.start());
			Key key = new Key(c.mechanismId(), c.series(), t.code(), c.code());
			groups.computeIfAbsent(key, (k) -> new ArrayList<>()).add(c);
			targets.put(key, t);
			expected.put(key, months(target) / months(p.periodicity()));
		}
		groups.forEach((key, group) -> {
			if (group.size() != expected.get(key)) {
				return;
			}
			group.sort(Comparator.comparing(PublishedCell::periodStart));
			BigDecimal sum = group.stream().map(PublishedCell::value).reduce(BigDecimal.ZERO, BigDecimal::add);
			BigDecimal value = switch (aggregation) {
				case "AVERAGE" ->
					sum.divide(BigDecimal.valueOf(group.size()), java.math.MathContext.DECIMAL128).stripTrailingZeros();
				case "LAST" -> group.get(group.size() - 1).value();
				default -> sum;
			};
			Instant approved = group.stream()
				.map(PublishedCell::approvedAt)
				.filter(Objects::nonNull)
				.max(Comparator.naturalOrder())
				.orElse(null);
			result.add(new PublishedCell(key.mechanismId(), key.series(), key.period(), targets.get(key).start(),
					key.code(), value, approved));
		});
		return result;
	}

	/**
	 * The formula per mechanism, combination of one series of each input, period and
	 * code, where every input has a figure; the inputs are at one frequency already.
	 */
	static List<PublishedCell> derive(Formula formula, Map<String, List<PublishedCell>> byInput) {
		record At(String period, String code) {
		}
		List<String> inputs = List.copyOf(byInput.keySet());
		// mechanism -> input -> series -> cells
		Map<UUID, Map<String, Map<List<SeriesKey>, Map<At, PublishedCell>>>> grouped = new LinkedHashMap<>();
		byInput.forEach((input,
				cells) -> cells.forEach((c) -> grouped.computeIfAbsent(c.mechanismId(), (m) -> new HashMap<>())
					.computeIfAbsent(input, (i) -> new LinkedHashMap<>())
					.computeIfAbsent(c.series(), (s) -> new LinkedHashMap<>())
					.put(new At(c.period(), c.code()), c)));
		List<PublishedCell> result = new ArrayList<>();
		grouped.forEach((mechanism, perInput) -> {
			if (!perInput.keySet().containsAll(inputs)) {
				return;
			}
			for (List<List<SeriesKey>> combination : combinations(inputs, perInput)) {
				List<SeriesKey> series = combination.stream().flatMap(List::stream).toList();
				Map<At, PublishedCell> first = perInput.get(inputs.get(0)).get(combination.get(0));
				for (At at : first.keySet()) {
					Map<String, BigDecimal> values = new HashMap<>();
					PublishedCell latest = null;
					for (int i = 0; i < inputs.size(); i++) {
						PublishedCell c = perInput.get(inputs.get(i)).get(combination.get(i)).get(at);
						if (c == null) {
							break;
						}
						values.put(inputs.get(i), c.value());
						if (latest == null || (c.approvedAt() != null && latest.approvedAt() != null
								&& c.approvedAt().isAfter(latest.approvedAt()))) {
							latest = c;
						}
					}
					if (values.size() < inputs.size()) {
						continue;
					}
					PublishedCell last = latest;
					formula.evaluate(values)
						.ifPresent((value) -> result.add(new PublishedCell(mechanism, series, at.period(),
								last.periodStart(), at.code(), value, last.approvedAt())));
				}
			}
		});
		return result;
	}

	private static <C> List<List<List<SeriesKey>>> combinations(List<String> inputs,
			Map<String, Map<List<SeriesKey>, C>> perInput) {
		List<List<List<SeriesKey>>> result = new ArrayList<>();
		result.add(List.of());
		for (String input : inputs) {
			List<List<List<SeriesKey>>> next = new ArrayList<>();
			for (List<List<SeriesKey>> partial : result) {
				for (List<SeriesKey> series : perInput.get(input).keySet()) {
					List<List<SeriesKey>> longer = new ArrayList<>(partial);
					longer.add(series);
					next.add(longer);
				}
			}
			result = next;
		}
		return result;
	}

}
