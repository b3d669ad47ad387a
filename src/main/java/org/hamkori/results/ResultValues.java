package org.hamkori.results;

import java.math.BigDecimal;
import java.util.Map;

import org.hamkori.shared.text.Decimals;

/**
 * Figures typed on a form, read exactly: a point or a comma as the decimal mark (not
 * both), spaces between thousands allowed, no exponent; more decimals or digits than a
 * figure is kept with are refused, never rounded.
 */
final class ResultValues {

	private ResultValues() {
	}

	/**
	 * The value, or null (with the problem put under {@code field}) when it is not an
	 * exact number.
	 */
	static BigDecimal parse(String text, String field, Map<String, String> errors) {
		String t = text.strip().replace(" ", "").replace("\u00a0", "").replace("\u202f", "");
		if (t.contains(",") && t.contains(".")) {
			errors.put(field, "validation.results.number");
			return null;
		}
		t = t.replace(',', '.');
		if (!t.matches("[+-]?\\d+(\\.\\d+)?")) {
			errors.put(field, "validation.results.number");
			return null;
		}
		BigDecimal value = Decimals.exact(new BigDecimal(t));
		if (value.scale() > Decimals.MAX_SCALE || value.precision() - value.scale() > Decimals.MAX_INTEGER_DIGITS) {
			errors.put(field, "validation.results.precision");
			return null;
		}
		return value;
	}

}
