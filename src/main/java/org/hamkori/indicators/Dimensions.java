package org.hamkori.indicators;

import java.util.List;
import java.util.Map;

import org.springframework.modulith.NamedInterface;

/**
 * The seven catalogue dimensions a value may be broken down by, and the column each is
 * stored in. A value not broken down by a dimension holds {@link #TOTAL} there.
 */
@NamedInterface("catalogue")
public final class Dimensions {

	public static final String TOTAL = "_T";

	/** Catalogue dimension codes, in column order. */
	public static final List<String> CODES = List.of("SEX", "AGE", "COUNTERPART_AREA", "ACTIVITY", "OCCUPATION",
			"EDUCATION", "MIGRANT_CATEGORY");

	/** Column names, in the same order. */
	public static final List<String> COLUMNS = List.of("sex", "age", "counterpart_area", "activity", "occupation",
			"education", "migrant_category");

	/** The columns joined with commas, for SQL. */
	public static final String COLUMN_LIST = String.join(", ", COLUMNS);

	private Dimensions() {
	}

	public static String column(String dimensionCode) {
		int i = CODES.indexOf(dimensionCode);
		if (i < 0) {
			throw new IllegalArgumentException("Unknown dimension " + dimensionCode);
		}
		return COLUMNS.get(i);
	}

	/** The codes of a value in column order; missing dimensions are totals. */
	public static String[] key(Map<String, String> codes) {
		String[] key = new String[CODES.size()];
		for (int i = 0; i < key.length; i++) {
			key[i] = codes.getOrDefault(CODES.get(i), TOTAL);
		}
		return key;
	}

}
