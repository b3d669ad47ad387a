package org.hamkori.analytics;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.hamkori.indicators.Period;

/**
 * A data query of SDMX REST 2.0, read: the key (one part per dimension, in the
 * structure's order, separated by dots; {@code *} or nothing for any code, {@code +}
 * between codes for either), the component filters {@code c[ID]=} (a comma between
 * alternatives, {@code +} between conditions that must all hold, each condition an
 * optional operator {@code eq: ne: lt: le: gt: ge: co: nc: sw: ew:} and a value; on
 * TIME_PERIOD the operators compare periods, on OBS_VALUE numbers) and
 * {@code updatedAfter}.
 */
public record SdmxQuery(Map<String, Set<String>> key, Map<String, List<List<Condition>>> filters,
		Instant updatedAfter) {

	private static final Pattern CODE = Pattern.compile("[A-Za-z0-9_@$\\-]+");

	private static final Set<String> OPERATORS = Set.of("eq", "ne", "lt", "le", "gt", "ge", "co", "nc", "sw", "ew");

	/** One condition on a component's value. */
	public record Condition(String operator, String value) {
	}

	/**
	 * Reads a query of a flow.
	 * @param flow the dataflow
	 * @param key the key as written in the path (null or {@code *} for all)
	 * @param filters each {@code c[ID]} parameter's id and value
	 * @param updatedAfter the parameter as written, or null
	 * @throws SdmxRefusal 400 for a key or filter that cannot be read
	 */
	public static SdmxQuery of(SdmxFlows.Flow flow, String key, Map<String, String> filters, String updatedAfter) {
		Map<String, Set<String>> parts = new LinkedHashMap<>();
		if (key != null && !key.isBlank() && !key.equals("*") && !key.equalsIgnoreCase("all")) {
			String[] written = key.split("\\.", -1);
			if (written.length != flow.dimensions().size()) {
				throw SdmxRefusal.badRequest("sdmx.key.length", key, Integer.toString(flow.dimensions().size()),
						String.join(".", flow.dimensions()));
			}
			for (int i = 0; i < written.length; i++) {
				if (written[i].isEmpty() || written[i].equals("*")) {
					continue;
				}
				Set<String> codes = new LinkedHashSet<>();
				for (String code : written[i].split("\\+", -1)) {
					if (!CODE.matcher(code).matches()) {
						throw SdmxRefusal.badRequest("sdmx.key.code", key, flow.dimensions().get(i));
					}
					codes.add(code);
				}
				parts.put(flow.dimensions().get(i), Set.copyOf(codes));
			}
		}
		Map<String, List<List<Condition>>> conditions = new LinkedHashMap<>();
		List<String> components = new ArrayList<>(flow.dimensions());
		components.addAll(List.of(SdmxFlows.TIME_PERIOD, SdmxFlows.OBS_VALUE));
		components.addAll(SdmxFlows.ATTRIBUTES);
		filters.forEach((component, value) -> {
			if (!components.contains(component)) {
				throw SdmxRefusal.badRequest("sdmx.filter.component", component, String.join(", ", components));
			}
			List<List<Condition>> alternatives = new ArrayList<>();
			for (String alternative : value.split(",", -1)) {
				List<Condition> all = new ArrayList<>();
				// a + in a query string arrives as a space
				for (String written : alternative.split("[+ ]", -1)) {
					all.add(condition(component, written));
				}
				alternatives.add(List.copyOf(all));
			}
			conditions.merge(component, alternatives, (a, b) -> {
				// two filters on one component must both hold: keep them as a product
				List<List<Condition>> both = new ArrayList<>();
				for (List<Condition> x : a) {
					for (List<Condition> y : b) {
						List<Condition> z = new ArrayList<>(x);
						z.addAll(y);
						both.add(List.copyOf(z));
					}
				}
				return both;
			});
		});
		return new SdmxQuery(Map.copyOf(parts), Map.copyOf(conditions), instant(updatedAfter));
	}

	private static Condition condition(String component, String written) {
		String operator = "eq";
		String value = written;
		int colon = written.indexOf(':');
		if (colon == 2 && OPERATORS.contains(written.substring(0, 2))) {
			operator = written.substring(0, 2);
			value = written.substring(3);
		}
		if (value.isEmpty()) {
			throw SdmxRefusal.badRequest("sdmx.filter.value", component, written);
		}
		if (component.equals(SdmxFlows.TIME_PERIOD)) {
			if (operator.length() == 2 && Set.of("co", "nc", "sw", "ew").contains(operator)) {
				throw SdmxRefusal.badRequest("sdmx.filter.value", component, written);
			}
			span(value).orElseThrow(() -> SdmxRefusal.badRequest("sdmx.filter.value", component, written));
		}
		else if (component.equals(SdmxFlows.OBS_VALUE) && !Set.of("co", "nc", "sw", "ew").contains(operator)) {
			try {
				new BigDecimal(value);
			}
			catch (NumberFormatException ex) {
				throw SdmxRefusal.badRequest("sdmx.filter.value", component, written);
			}
		}
		return new Condition(operator, value);
	}

	private static Instant instant(String written) {
		if (written == null || written.isBlank()) {
			return null;
		}
		// a + of a time zone offset arrives as a space when not percent-encoded
		String text = written.strip().replace(' ', '+');
		try {
			return OffsetDateTime.parse(text).toInstant();
		}
		catch (DateTimeParseException ex) {
			try {
				return LocalDate.parse(text).atStartOfDay(java.time.ZoneOffset.UTC).toInstant();
			}
			catch (DateTimeParseException again) {
				throw SdmxRefusal.badRequest("sdmx.updated-after", written);
			}
		}
	}

	/** The first and last day of a period or a day as written in a filter. */
	static java.util.Optional<LocalDate[]> span(String written) {
		java.util.Optional<Period> period = Period.parse(written);
		if (period.isPresent()) {
			return java.util.Optional.of(new LocalDate[] { period.get().start(), period.get().end() });
		}
		try {
			LocalDate day = LocalDate.parse(written);
			return java.util.Optional.of(new LocalDate[] { day, day });
		}
		catch (DateTimeParseException ex) {
			return java.util.Optional.empty();
		}
	}

	/** Whether an observation's value of a component passes the filters on it. */
	boolean accepts(String component, String value) {
		Set<String> codes = this.key.get(component);
		if (codes != null && !codes.contains(value)) {
			return false;
		}
		List<List<Condition>> alternatives = this.filters.get(component);
		if (alternatives == null) {
			return true;
		}
		return alternatives.stream().anyMatch((all) -> all.stream().allMatch((c) -> holds(component, c, value)));
	}

	/** Whether a period (its code, first and last day) passes the TIME_PERIOD filters. */
	boolean acceptsPeriod(String code, LocalDate start, LocalDate end) {
		List<List<Condition>> alternatives = this.filters.get(SdmxFlows.TIME_PERIOD);
		if (alternatives == null) {
			return true;
		}
		return alternatives.stream().anyMatch((all) -> all.stream().allMatch((c) -> {
			LocalDate[] span = span(c.value()).orElseThrow();
			return switch (c.operator()) {
				case "eq" -> !start.isBefore(span[0]) && !end.isAfter(span[1]);
				case "ne" -> start.isAfter(span[1]) || end.isBefore(span[0]);
				case "ge" -> !start.isBefore(span[0]);
				case "gt" -> start.isAfter(span[1]);
				case "le" -> !end.isAfter(span[1]);
				case "lt" -> end.isBefore(span[0]);
				default -> false;
			};
		}));
	}

	private static boolean holds(String component, Condition condition, String value) {
		String wanted = condition.value();
		if (component.equals(SdmxFlows.OBS_VALUE) && condition.operator().length() == 2
				&& !Set.of("co", "nc", "sw", "ew").contains(condition.operator())) {
			int order = new BigDecimal(value).compareTo(new BigDecimal(wanted));
			return compare(condition.operator(), order);
		}
		return switch (condition.operator()) {
			case "co" -> value.contains(wanted);
			case "nc" -> !value.contains(wanted);
			case "sw" -> value.startsWith(wanted);
			case "ew" -> value.endsWith(wanted);
			default -> compare(condition.operator(), value.compareTo(wanted));
		};
	}

	private static boolean compare(String operator, int order) {
		return switch (operator) {
			case "eq" -> order == 0;
			case "ne" -> order != 0;
			case "lt" -> order < 0;
			case "le" -> order <= 0;
			case "gt" -> order > 0;
			case "ge" -> order >= 0;
			default -> false;
		};
	}

}
