package org.hamkori.shared.export;

/**
 * Cells for spreadsheets. Text is made safe to open: a cell that begins with
 * {@code = + - @}, a tab or a carriage return would be read as a formula, so it is
 * prefixed with an apostrophe. A figure is written as a number only when a spreadsheet's
 * double keeps it exactly (see {@link #exactDouble}); otherwise it goes as its exact
 * digits in a text cell, never rounded.
 */
public final class SpreadsheetCells {

	private SpreadsheetCells() {
	}

	/** The significant digits a spreadsheet keeps of a number. */
	public static final int SPREADSHEET_DIGITS = 15;

	/**
	 * The figure as a double when the double is exactly the figure: at most
	 * {@value #SPREADSHEET_DIGITS} significant digits, and the double's shortest decimal
	 * equal to it. Otherwise null: write {@link #exactText} in a text cell instead.
	 */
	public static Double exactDouble(java.math.BigDecimal value) {
		if (value == null) {
			return null;
		}
		java.math.BigDecimal plain = value.stripTrailingZeros();
		if (plain.precision() > SPREADSHEET_DIGITS) {
			return null;
		}
		double d = plain.doubleValue();
		if (Double.isInfinite(d) || Double.isNaN(d)) {
			return null;
		}
		return (java.math.BigDecimal.valueOf(d).compareTo(plain) == 0) ? d : null;
	}

	/** A figure's every digit, plain (never in E notation), without trailing zeros. */
	public static String exactText(java.math.BigDecimal value) {
		java.math.BigDecimal plain = value.stripTrailingZeros();
		return (plain.signum() == 0) ? "0" : plain.toPlainString();
	}

	/**
	 * Writes a figure into a cell: as a number when a double keeps it exactly, else as
	 * its exact digits in a text cell.
	 */
	public static void figure(org.apache.poi.ss.usermodel.Cell cell, java.math.BigDecimal value) {
		Double exact = exactDouble(value);
		if (exact != null) {
			cell.setCellValue(exact);
		}
		else {
			cell.setCellValue(exactText(value));
		}
	}

	public static String text(String value) {
		if (value == null || value.isEmpty()) {
			return "";
		}
		char first = value.charAt(0);
		if (first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r') {
			return "'" + value;
		}
		return value;
	}

}
