package org.hamkori.shared.text;

import java.math.BigDecimal;

/**
 * Figures as they were sent. Values are stored with a fixed scale of 12 decimals, so a
 * value read back is given without the zeros the column added (and never in exponent
 * form): {@code 1.500000000000} is {@code 1.5}, {@code 100.000000000000} is {@code 100}.
 */
public final class Decimals {

	/** The most decimals a figure may have; more are refused, never rounded. */
	public static final int MAX_SCALE = 12;

	/** The most digits before the decimal point. */
	public static final int MAX_INTEGER_DIGITS = 20;

	private Decimals() {
	}

	/**
	 * The value without trailing zeros and with a scale of at least 0; null stays null.
	 */
	public static BigDecimal exact(BigDecimal value) {
		if (value == null) {
			return null;
		}
		BigDecimal stripped = value.stripTrailingZeros();
		return (stripped.scale() < 0) ? stripped.setScale(0) : stripped;
	}

}
