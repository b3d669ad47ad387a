package org.hamkori.results;

import java.math.BigDecimal;
import java.util.Locale;

/**
 * The actual against the previous year's: higher, lower or the same, and whether that is
 * better (for a reduction target, lower is better); unknown when either year has no
 * figure.
 */
public enum Trend {

	BETTER_UP, WORSE_UP, BETTER_DOWN, WORSE_DOWN, SAME, UNKNOWN;

	public static Trend of(BigDecimal previous, BigDecimal current, boolean reduction) {
		if (previous == null || current == null) {
			return UNKNOWN;
		}
		int c = current.compareTo(previous);
		if (c == 0) {
			return SAME;
		}
		if (c > 0) {
			return reduction ? WORSE_UP : BETTER_UP;
		}
		return reduction ? BETTER_DOWN : WORSE_DOWN;
	}

	/** An arrow for the eye; the text says the same for everyone. */
	public String arrow() {
		return switch (this) {
			case BETTER_UP, WORSE_UP -> "↑";
			case BETTER_DOWN, WORSE_DOWN -> "↓";
			case SAME -> "→";
			case UNKNOWN -> "";
		};
	}

	public String messageKey() {
		return "results.trend." + name().toLowerCase(Locale.ROOT);
	}

}
