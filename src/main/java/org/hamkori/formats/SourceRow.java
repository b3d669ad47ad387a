package org.hamkori.formats;

import java.util.Map;

/**
 * One data value as a file or request gave it, before validation: the line (or row) it
 * came from, the indicator code, the period as written, the dimension codes or names by
 * catalogue dimension code (SEX, AGE, COUNTERPART_AREA, ACTIVITY, OCCUPATION, EDUCATION,
 * MIGRANT_CATEGORY; a dimension left out means total), the value and an optional note.
 * Readers normalise the value to a plain decimal with a point when they can (decimal
 * comma, spaces as thousands separators) and otherwise pass the text as found, so the
 * import can say which cell holds text. A reader that finds the row itself unusable (a
 * formula cell) sets problem to a message key and problemDetail to what to show with it.
 * The unit multiplier is the power of ten the file gives the value in (SDMX UNIT_MULT: 3
 * means thousands), or null when the file does not say, so the value is in the
 * indicator's own unit; readers never apply it, the import converts it exactly.
 */
public record SourceRow(long line, String indicator, String period, Map<String, String> dimensions, String value,
		String note, String problem, String problemDetail, Integer unitMultiplier) {

	public SourceRow {
		dimensions = (dimensions != null) ? Map.copyOf(dimensions) : Map.of();
	}

	public static SourceRow of(long line, String indicator, String period, Map<String, String> dimensions, String value,
			String note) {
		return new SourceRow(line, indicator, period, dimensions, value, note, null, null, null);
	}

	public static SourceRow problem(long line, String problem, String detail) {
		return new SourceRow(line, null, null, Map.of(), null, null, problem, detail, null);
	}

	/** The same row with the value given in ten to the power of a multiplier. */
	public SourceRow withUnitMultiplier(Integer multiplier) {
		return new SourceRow(this.line, this.indicator, this.period, this.dimensions, this.value, this.note,
				this.problem, this.problemDetail, multiplier);
	}

}
