package org.hamkori.formats;

/**
 * How to read a CSV file: its delimiter, whether numbers use a decimal comma, what each
 * column holds, and an indicator and a period for files that have no such column (a file
 * of one indicator for one year). A column mapped to INDICATOR or PERIOD wins over the
 * fixed one where its cell is not empty.
 */
public record CsvOptions(char delimiter, boolean decimalComma, ColumnMapping mapping, String fixedIndicator,
		String fixedPeriod) {

	public CsvOptions {
		if (delimiter != ',' && delimiter != ';' && delimiter != '\t') {
			throw new IllegalArgumentException("Delimiter must be comma, semicolon or tab");
		}
		if (mapping == null) {
			throw new IllegalArgumentException("A column mapping is needed");
		}
		fixedIndicator = Cells.trimToNull(fixedIndicator);
		fixedPeriod = Cells.trimToNull(fixedPeriod);
	}

	/** The delimiter and decimal comma the preview guessed, with a mapping. */
	public static CsvOptions of(CsvPreview preview, ColumnMapping mapping) {
		return new CsvOptions(preview.delimiter(), preview.decimalComma(), mapping, null, null);
	}

	public CsvOptions withFixedIndicator(String indicator) {
		return new CsvOptions(this.delimiter, this.decimalComma, this.mapping, indicator, this.fixedPeriod);
	}

	public CsvOptions withFixedPeriod(String period) {
		return new CsvOptions(this.delimiter, this.decimalComma, this.mapping, this.fixedIndicator, period);
	}

}
