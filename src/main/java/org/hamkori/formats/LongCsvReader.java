package org.hamkori.formats;

import java.io.IOException;
import java.io.InputStream;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A CSV file in the long layout: one value per line, with columns for the indicator, the
 * period, the dimensions, the value and a note, mapped by {@link CsvOptions#mapping()}.
 * Streams: one line at a time. A line whose value and note are both empty gives nothing;
 * a line with a note and no value gives a row with a null value, so the import can ask
 * for the figure.
 */
public final class LongCsvReader extends CsvRowReader {

	private final CsvOptions options;

	private final int indicator;

	private final int period;

	private final int value;

	private final int note;

	private final int unitMultiplier;

	private final Map<Integer, String> dimensions = new LinkedHashMap<>();

	/**
	 * Opens a file and reads its header line.
	 * @param in the file, closed with the reader
	 * @param options delimiter, decimal comma and mapping
	 * @throws FileFormatException {@code data.file.empty},
	 * {@code data.file.no-value-column}, {@code data.file.no-indicator-column} or
	 * {@code data.file.no-period-column} when the mapping lacks a column the file needs;
	 * {@code data.file.encoding} or {@code data.file.csv} while reading
	 * @throws IOException when the stream fails
	 */
	public LongCsvReader(InputStream in, CsvOptions options) throws IOException {
		super(in, options.delimiter());
		this.options = options;
		List<String> headers = headers();
		int indicator = -1;
		int period = -1;
		int value = -1;
		int note = -1;
		int unitMultiplier = -1;
		for (int i = 0; i < headers.size(); i++) {
			String role = options.mapping().role(headers.get(i));
			switch (role) {
				case ColumnMapping.INDICATOR -> indicator = first(indicator, i);
				case ColumnMapping.PERIOD -> period = first(period, i);
				case ColumnMapping.VALUE -> value = first(value, i);
				case ColumnMapping.NOTE -> note = first(note, i);
				case ColumnMapping.UNIT_MULT -> unitMultiplier = first(unitMultiplier, i);
				case ColumnMapping.IGNORE -> {
				}
				default -> this.dimensions.putIfAbsent(i, role);
			}
		}
		this.indicator = indicator;
		this.period = period;
		this.value = value;
		this.note = note;
		this.unitMultiplier = unitMultiplier;
		String missing = (value < 0) ? "data.file.no-value-column"
				: (indicator < 0 && options.fixedIndicator() == null) ? "data.file.no-indicator-column"
						: (period < 0 && options.fixedPeriod() == null) ? "data.file.no-period-column" : null;
		if (missing != null) {
			close();
			throw new FileFormatException(missing);
		}
	}

	static int first(int found, int column) {
		return (found < 0) ? column : found;
	}

	@Override
	void rows(Line line, Deque<SourceRow> into) {
		String value = Cells.number(line.cell(this.value), this.options.decimalComma());
		String note = Cells.trimToNull(line.cell(this.note));
		if (value == null && note == null) {
			return;
		}
		String indicator = Cells.trimToNull(line.cell(this.indicator));
		String period = Cells.trimToNull(line.cell(this.period));
		SourceRow row = SourceRow.of(line.number(), (indicator != null) ? indicator : this.options.fixedIndicator(),
				(period != null) ? period : this.options.fixedPeriod(), dimensions(line, this.dimensions), value, note);
		into.add((value != null) ? withUnitMultiplier(row, line.cell(this.unitMultiplier)) : row);
	}

}
