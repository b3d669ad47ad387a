package org.hamkori.reporting.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.ibm.icu.text.ListFormatter;
import org.hamkori.directory.Directory;
import org.hamkori.indicators.IndicatorCatalogue;
import org.hamkori.reporting.ImportReport;
import org.hamkori.shared.rules.RuleViolation;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Turns import problems and rule refusals into sentences in the reader's language. The
 * catalogue's codes a problem carries (an indicator, a breakdown, a code) are named in
 * words, never shown as the internal codes ({@code REMITTANCES · COUNTERPART_AREA=_T})
 * the import uses to find the cell.
 */
@Component("dataMessages")
public class DataMessages {

	/**
	 * Which arguments of a message are a breakdown's code or an indicator's code, to be
	 * named in words.
	 */
	private static final Map<String, int[]> DIMENSION_ARGUMENTS = Map.of("data.rule.total-mismatch", new int[] { 2 },
			"data.row.code-unknown", new int[] { 1 }, "data.row.dimension-not-collected", new int[] { 0 });

	private static final Map<String, int[]> INDICATOR_ARGUMENTS = Map.of("data.rule.required", new int[] { 0 },
			"data.row.dimension-not-collected", new int[] { 1 });

	/**
	 * Which arguments are a country's alpha-3 code ("TJK"), to be named in the reader's
	 * language.
	 */
	private static final Map<String, int[]> COUNTRY_ARGUMENTS = Map.of("data.row.ref-area", new int[] { 1 });

	/** The regional message: a mechanism's code, then the countries it covers. */
	private static final String REGIONAL = "data.row.ref-area-regional";

	private final MessageSource messages;

	private final IndicatorCatalogue catalogue;

	private final Directory directory;

	DataMessages(MessageSource messages, IndicatorCatalogue catalogue, Directory directory) {
		this.messages = messages;
		this.catalogue = catalogue;
		this.directory = directory;
	}

	public String text(RuleViolation ex, Locale locale) {
		return this.messages.getMessage(ex.messageKey(), ex.arguments(), ex.messageKey(), locale);
	}

	public String text(String key, Locale locale) {
		return this.messages.getMessage(key, null, key, locale);
	}

	public String text(ImportReport.Problem problem, Locale locale) {
		List<String> arguments = new ArrayList<>(problem.arguments());
		for (int i : DIMENSION_ARGUMENTS.getOrDefault(problem.key(), new int[0])) {
			if (i < arguments.size()) {
				arguments.set(i, dimension(arguments.get(i), locale));
			}
		}
		for (int i : INDICATOR_ARGUMENTS.getOrDefault(problem.key(), new int[0])) {
			if (i < arguments.size()) {
				arguments.set(i, indicator(arguments.get(i), locale));
			}
		}
		for (int i : COUNTRY_ARGUMENTS.getOrDefault(problem.key(), new int[0])) {
			if (i < arguments.size()) {
				arguments.set(i, country(arguments.get(i), locale));
			}
		}
		if (problem.key().equals(REGIONAL) && arguments.size() == 3) {
			arguments.set(1,
					this.directory.mechanism(arguments.get(1))
						.map((m) -> m.name().in(locale))
						.orElse(arguments.get(1)));
			List<String> names = java.util.Arrays.stream(arguments.get(2).trim().split(" +"))
				.filter((c) -> !c.isEmpty())
				.map((c) -> country(c, locale))
				.toList();
			arguments.set(2, ListFormatter.getInstance(locale).format(names));
		}
		return this.messages.getMessage(problem.key(), filled(arguments, locale), problem.key(), locale);
	}

	/** A country's name in the reader's language (CLDR), for its alpha-3 code. */
	private String country(String alpha3, Locale locale) {
		return code("COUNTERPART_AREA", alpha3, locale);
	}

	public String text(String key, List<String> arguments, Locale locale) {
		return this.messages.getMessage(key, filled(arguments, locale), key, locale);
	}

	/** The arguments, with "(none)" where one is missing, so no sentence has a hole. */
	private Object[] filled(List<String> arguments, Locale locale) {
		Object[] filled = arguments.toArray();
		for (int i = 0; i < filled.length; i++) {
			if (filled[i] == null || filled[i].toString().isBlank()) {
				filled[i] = this.messages.getMessage("data.argument.blank", null, "-", locale);
			}
		}
		return filled;
	}

	/**
	 * Where a problem is, in words: the indicator's name, the period and the codes' names
	 * ("Remittances received · 2024-Q1 · By sex"), for a cell the import identifies as
	 * {@code REMITTANCES · 2024-Q1 · SEX=_T}; empty when it has none.
	 */
	public String place(ImportReport.Problem problem, Locale locale) {
		if (problem.cell() == null || problem.cell().isBlank()) {
			return "";
		}
		List<String> parts = new ArrayList<>();
		String[] pieces = problem.cell().split(" · ");
		parts.add(indicator(pieces[0], locale));
		for (int i = 1; i < pieces.length; i++) {
			for (String codes : pieces[i].split(" ")) {
				int eq = codes.indexOf('=');
				if (eq < 0) {
					parts.add(codes);
					continue;
				}
				String dimension = codes.substring(0, eq);
				String code = codes.substring(eq + 1);
				parts.add(
						org.hamkori.indicators.Dimensions.TOTAL.equals(code)
								? this.messages.getMessage("data.grid.by",
										new Object[] { dimension(dimension, locale) }, locale)
								: code(dimension, code, locale));
			}
		}
		return String.join(" · ", parts);
	}

	private String indicator(String code, Locale locale) {
		return this.catalogue.indicator(code).map((i) -> i.name().in(locale)).orElse(code);
	}

	private String dimension(String code, Locale locale) {
		return this.catalogue.dimensions()
			.stream()
			.filter((d) -> d.code().equals(code))
			.findFirst()
			.map((d) -> d.name().in(locale).toLowerCase(locale))
			.orElse(code);
	}

	private String code(String dimension, String code, Locale locale) {
		return this.catalogue.dimensions()
			.stream()
			.filter((d) -> d.code().equals(dimension))
			.flatMap((d) -> d.codes().stream())
			.filter((c) -> c.code().equals(code))
			.findFirst()
			.map((c) -> c.name().in(locale))
			.orElse(code);
	}

}
