package org.hamkori.formats;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the readers do to single cells: numbers to a plain decimal with a point, period
 * headers, and SDMX values written as a code with its label.
 */
final class Cells {

	/**
	 * Spaces that spreadsheets and locales put between thousands: space, no-break, narrow
	 * no-break, thin.
	 */
	private static final Pattern GROUP_SPACES = Pattern.compile("[ \u00A0\u202F\u2009\u2007]");

	private static final Pattern PLAIN = Pattern.compile("[-+]?\\d+(\\.\\d+)?");

	private static final Pattern DOT_GROUPS = Pattern.compile("[-+]?\\d{1,3}(\\.\\d{3})+(,\\d+)?");

	private static final Pattern COMMA_GROUPS = Pattern.compile("[-+]?\\d{1,3}(,\\d{3})+(\\.\\d+)?");

	private static final Pattern PERIOD = Pattern.compile(
			"\\d{4}(-?Q[1-4]|-?S[12]|-?H[12]|-M?(0[1-9]|1[0-2])|M(0[1-9]|1[0-2])|-W(0[1-9]|[1-4]\\d|5[0-3]))?",
			Pattern.CASE_INSENSITIVE);

	/**
	 * World Bank's DataBank adds the period's code in brackets: {@code 2019 [YR2019]}.
	 */
	private static final Pattern BRACKETED = Pattern.compile("(.+?)\\s*\\[[A-Za-z0-9]+\\]");

	private Cells() {
	}

	static boolean blank(String text) {
		return text == null || text.isBlank();
	}

	static String trimToNull(String text) {
		if (text == null) {
			return null;
		}
		String trimmed = text.strip();
		return trimmed.isEmpty() ? null : trimmed;
	}

	/**
	 * The number as a plain decimal with a point ({@code 1 234,5} with decimal comma
	 * gives {@code 1234.5}), or the text exactly as found when it is not a number. Blank
	 * gives null.
	 */
	static String number(String raw, boolean decimalComma) {
		if (blank(raw)) {
			return null;
		}
		String text = GROUP_SPACES.matcher(raw.strip()).replaceAll("");
		if (decimalComma) {
			if (DOT_GROUPS.matcher(text).matches()) {
				text = text.replace(".", "");
			}
			text = text.replace(',', '.');
		}
		else if (COMMA_GROUPS.matcher(text).matches()) {
			text = text.replace(",", "");
		}
		if (!PLAIN.matcher(text).matches()) {
			return raw;
		}
		return text.startsWith("+") ? text.substring(1) : text;
	}

	/**
	 * Whether the text reads as a number written with a decimal comma (and not as
	 * thousands with commas).
	 */
	static boolean decimalCommaNumber(String raw) {
		if (blank(raw)) {
			return false;
		}
		String text = GROUP_SPACES.matcher(raw.strip()).replaceAll("");
		return text.matches("[-+]?\\d+,\\d+") && !COMMA_GROUPS.matcher(text).matches()
				|| text.matches("[-+]?\\d{1,3}(\\.\\d{3})+,\\d+");
	}

	/** Whether the text reads as a number written with a decimal point. */
	static boolean decimalPointNumber(String raw) {
		if (blank(raw)) {
			return false;
		}
		String text = GROUP_SPACES.matcher(raw.strip()).replaceAll("");
		return text.matches("[-+]?\\d+\\.\\d+") && !DOT_GROUPS.matcher(text).matches()
				|| text.matches("[-+]?\\d{1,3}(,\\d{3})+\\.\\d+");
	}

	/**
	 * Whether the text reads as thousands grouped by commas without decimals: 1,234 (or
	 * 1.234 in Russian).
	 */
	static boolean commaGroupedNumber(String raw) {
		return !blank(raw) && GROUP_SPACES.matcher(raw.strip()).replaceAll("").matches("[-+]?\\d{1,3}(,\\d{3})+");
	}

	/**
	 * The period a column header names ({@code 2019}, {@code 2021-Q1}, {@code 2021-01},
	 * {@code 2021M01}, World Bank's {@code 2019 [YR2019]}) as written without the
	 * bracketed code, or null when the header is not a period.
	 */
	static String periodHeader(String header) {
		String text = trimToNull(header);
		if (text == null) {
			return null;
		}
		text = text.replace("\uFEFF", "");
		Matcher bracketed = BRACKETED.matcher(text);
		if (bracketed.matches()) {
			text = bracketed.group(1);
		}
		return PERIOD.matcher(text).matches() ? text.toUpperCase(Locale.ROOT) : null;
	}

	/**
	 * Whether a line opens the World Bank's bulk download rather than its table:
	 * {@code "Data Source","World Development Indicators"} and
	 * {@code "Last Updated Date","2024-12-16"} stand above the header line there.
	 * @param firstCell the line's first cell, quotes removed
	 */
	static boolean preamble(String firstCell) {
		String label = normalHeader(firstCell);
		return label.equals("data source") || label.equals("last updated date");
	}

	/**
	 * The code of an SDMX value written as {@code CODE: Label}; other text as it is,
	 * trimmed.
	 */
	static String code(String value) {
		String text = trimToNull(value);
		if (text == null) {
			return null;
		}
		int colon = text.indexOf(": ");
		if (colon > 0 && text.substring(0, colon).indexOf(' ') < 0) {
			return text.substring(0, colon);
		}
		return text;
	}

	/**
	 * A header compared loosely: no byte order mark, lower case, single spaces for runs
	 * of space and _.
	 */
	static String normalHeader(String header) {
		if (header == null) {
			return "";
		}
		return header.replace("\uFEFF", "")
			.replaceAll("[\\s_\u00A0]+", " ")
			.strip()
			.toLowerCase(Locale.ROOT)
			.replace('ё', 'е');
	}

}
