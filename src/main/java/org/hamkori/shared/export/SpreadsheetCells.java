package org.hamkori.shared.export;

/**
 * Makes text safe to open in a spreadsheet: a cell that begins with {@code = + - @}, a
 * tab or a carriage return would be read as a formula, so it is prefixed with an
 * apostrophe. Numbers are written as numbers by the exporters and never pass through
 * here.
 */
public final class SpreadsheetCells {

	private SpreadsheetCells() {
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
