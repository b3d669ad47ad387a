package org.hamkori.formats;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What an XLSX template holds: the period, the dimensions it has columns for (catalogue
 * codes, in column order), one line per expected value (indicator and dimension codes
 * with their labels, and the value and note already given, if any), the column headings
 * and sheet names in the user's language, and the lines of the instructions sheet,
 * already translated.
 */
public record TemplateSpec(String period, List<String> dimensions, Headings headings, List<Line> lines,
		List<String> instructions, Choices choices) {

	/** A template without spare lines. */
	public TemplateSpec(String period, List<String> dimensions, Headings headings, List<Line> lines,
			List<String> instructions) {
		this(period, dimensions, headings, lines, instructions, null);
	}

	public TemplateSpec {
		dimensions = List.copyOf(dimensions);
		lines = List.copyOf(lines);
		instructions = List.copyOf(instructions);
		for (String dimension : dimensions) {
			if (!ColumnMapping.DIMENSIONS.contains(dimension)) {
				throw new IllegalArgumentException("Not a dimension: " + dimension);
			}
		}
	}

	/**
	 * Spare lines below the expected ones, where people pick an indicator and a code of
	 * each dimension from drop-down lists (the full code lists, kept on their own sheet),
	 * so a figure the lines do not foresee (a country beyond the usual ones) has a place.
	 */
	public record Choices(String sheet, List<Code> indicators, Map<String, List<Code>> codes, int spareLines) {

		public Choices {
			indicators = List.copyOf(indicators);
			codes = new LinkedHashMap<>(codes);
		}

	}

	/** A code and its label. */
	public record Code(String code, String label) {

	}

	/**
	 * One expected value: the indicator, a code for each dimension of the template (a
	 * dimension not given is left empty, meaning total), and the value and note already
	 * given, or null.
	 */
	public record Line(Code indicator, Map<String, Code> dimensions, String value, String note) {

		public Line {
			dimensions = (dimensions != null) ? Map.copyOf(dimensions) : Map.of();
		}

	}

	/**
	 * Sheet names, the headings people read above the machine header row, and the message
	 * shown when a value is not a number of at least zero.
	 */
	public record Headings(String dataSheet, String instructionsSheet, String indicatorCode, String indicatorLabel,
			String period, Map<String, String> dimensions, String value, String note, String valueErrorTitle,
			String valueError) {

		public Headings {
			dimensions = (dimensions != null) ? new LinkedHashMap<>(dimensions) : Map.of();
		}

		/** The heading of a dimension, or its code when none was given. */
		public String dimension(String code) {
			return this.dimensions.getOrDefault(code, code);
		}

	}

}
