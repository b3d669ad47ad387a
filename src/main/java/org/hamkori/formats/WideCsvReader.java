package org.hamkori.formats;

import java.io.IOException;
import java.io.InputStream;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A CSV file in the wide layout, as World Bank and most yearbooks publish: one line per
 * indicator and breakdown, one column per period. A header that names a period
 * ({@code 2019}, {@code 2021-Q1}, {@code 2021-01}, World Bank's {@code 2019 [YR2019]}) is
 * a period column whatever the mapping says; the other columns are mapped as in the long
 * layout (a Country Name column gives the country as written). Each non-empty period cell
 * gives one row; World Bank's {@code ..} means missing and gives none.
 */
public final class WideCsvReader extends CsvRowReader {

	/** How World Bank writes a missing value. */
	private static final String MISSING = "..";

	private final CsvOptions options;

	private final int indicator;

	private final int note;

	private final int unitMultiplier;

	private final Map<Integer, String> periods = new LinkedHashMap<>();

	private final Map<Integer, String> dimensions = new LinkedHashMap<>();

	/**
	 * Opens a file and reads its header line.
	 * @param in the file, closed with the reader
	 * @param options delimiter, decimal comma and mapping of the columns that are not
	 * periods
	 * @throws FileFormatException {@code data.file.empty},
	 * {@code data.file.no-period-columns} for a header without periods,
	 * {@code data.file.no-indicator-column} without an indicator column or fixed
	 * indicator; {@code data.file.encoding} or {@code data.file.csv} while reading
	 * @throws IOException when the stream fails
	 */
	public WideCsvReader(InputStream in, CsvOptions options) throws IOException {
		super(in, options.delimiter());
		this.options = options;
		List<String> headers = headers();
		int indicator = -1;
		int note = -1;
		int unitMultiplier = -1;
		for (int i = 0; i < headers.size(); i++) {
			String period = Cells.periodHeader(headers.get(i));
			if (period != null) {
				this.periods.put(i, period);
				continue;
			}
			String role = options.mapping().role(headers.get(i));
			switch (role) {
				case ColumnMapping.INDICATOR -> indicator = LongCsvReader.first(indicator, i);
				case ColumnMapping.NOTE -> note = LongCsvReader.first(note, i);
				case ColumnMapping.UNIT_MULT -> unitMultiplier = LongCsvReader.first(unitMultiplier, i);
				case ColumnMapping.PERIOD, ColumnMapping.VALUE, ColumnMapping.IGNORE -> {
				}
				default -> this.dimensions.putIfAbsent(i, role);
			}
		}
		this.indicator = indicator;
		this.note = note;
		this.unitMultiplier = unitMultiplier;
		String missing = this.periods.isEmpty() ? "data.file.no-period-columns"
				: (indicator < 0 && options.fixedIndicator() == null) ? "data.file.no-indicator-column" : null;
		if (missing != null) {
			close();
			throw new FileFormatException(missing);
		}
	}

	/** The periods the header names, in column order. */
	public List<String> periods() {
		return List.copyOf(this.periods.values());
	}

	@Override
	void rows(Line line, Deque<SourceRow> into) {
		String found = Cells.trimToNull(line.cell(this.indicator));
		String indicator = (found != null) ? found : this.options.fixedIndicator();
		String note = Cells.trimToNull(line.cell(this.note));
		Map<String, String> dimensions = dimensions(line, this.dimensions);
		this.periods.forEach((column, period) -> {
			String cell = line.cell(column);
			if (Cells.blank(cell) || MISSING.equals(cell.strip())) {
				return;
			}
			into.add(withUnitMultiplier(SourceRow.of(line.number(), indicator, period, dimensions,
					Cells.number(cell, this.options.decimalComma()), note), line.cell(this.unitMultiplier)));
		});
	}

}
