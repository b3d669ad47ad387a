package org.hamkori.formats;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * What the CSV readers share: commons-csv over a strict UTF-8 reader, the header line
 * (after the World Bank's "Data Source" and "Last Updated Date" lines, if any), records
 * with the file line they start on (the header being line 1), and a queue for files that
 * give several values per line. The bounds of {@link Limits} hold for every line, the
 * header included: {@code data.file.text-too-large}, {@code data.file.line-too-long},
 * {@code data.file.too-many-rows}, {@code data.file.too-many-columns} and
 * {@code data.file.csv-cell-too-long}.
 */
abstract class CsvRowReader implements RowReader {

	/**
	 * SDMX's unit multipliers run from 0 (units) to 12 (trillions); ± that is accepted.
	 */
	static final int MAX_UNIT_MULT = 12;

	private final CSVParser parser;

	private final BoundedReader text;

	private long lines;

	private final Iterator<CSVRecord> records;

	private final List<String> headers;

	private final Deque<SourceRow> pending = new ArrayDeque<>();

	CsvRowReader(InputStream in, char delimiter) throws IOException {
		CSVFormat format = CSVFormat.RFC4180.builder()
			.setDelimiter(delimiter)
			.setIgnoreEmptyLines(false)
			.setTrailingData(true)
			.get();
		this.text = new BoundedReader(new StrictUtf8Reader(in));
		this.parser = CSVParser.parse(this.text, format);
		this.records = this.parser.iterator();
		Line header = nextLine();
		while (header != null && Cells.preamble(header.cell(0))) {
			header = nextLine();
		}
		if (header == null) {
			close();
			throw new FileFormatException("data.file.empty");
		}
		this.headers = header.cells().stream().map((cell) -> cell.replace("\uFEFF", "").strip()).toList();
	}

	final List<String> headers() {
		return this.headers;
	}

	/** The next line with a non-blank cell, or null at the end. */
	final Line nextLine() {
		while (true) {
			long line = this.parser.getCurrentLineNumber() + 1;
			this.text.recordStarts(line);
			CSVRecord record;
			try {
				if (!this.records.hasNext()) {
					return null;
				}
				record = this.records.next();
			}
			catch (UncheckedIOException ex) {
				if (ex.getCause() instanceof CSVException) {
					throw new FileFormatException("data.file.csv", ex, line);
				}
				throw ex;
			}
			if (++this.lines > Limits.MAX_ROWS) {
				throw new FileFormatException("data.file.too-many-rows", Limits.MAX_ROWS);
			}
			List<String> cells = record.toList();
			check(line, cells);
			if (cells.stream().anyMatch((cell) -> !cell.isBlank())) {
				return new Line(line, cells);
			}
		}
	}

	private static void check(long line, List<String> cells) {
		if (cells.size() > Limits.MAX_COLUMNS) {
			throw new FileFormatException("data.file.too-many-columns", Limits.MAX_COLUMNS);
		}
		for (int i = 0; i < cells.size(); i++) {
			if (cells.get(i).length() > Limits.MAX_CELL_CHARS) {
				throw new FileFormatException("data.file.csv-cell-too-long", line, i + 1, Limits.MAX_CELL_CHARS);
			}
		}
	}

	@Override
	public final SourceRow next() throws IOException {
		while (this.pending.isEmpty()) {
			Line line = nextLine();
			if (line == null) {
				return null;
			}
			rows(line, this.pending);
		}
		return this.pending.poll();
	}

	/** Adds the values of one line to the queue (none, one or several). */
	abstract void rows(Line line, Deque<SourceRow> into);

	/**
	 * The dimension codes or names of a line, by the columns mapped to dimensions; blank
	 * cells are left out.
	 */
	static Map<String, String> dimensions(Line line, Map<Integer, String> dimensionColumns) {
		Map<String, String> dimensions = new HashMap<>();
		dimensionColumns.forEach((column, dimension) -> {
			String value = Cells.trimToNull(line.cell(column));
			if (value != null) {
				dimensions.put(dimension, value);
			}
		});
		return dimensions;
	}

	/**
	 * A row with the unit multiplier its line gives (blank gives none), or a problem row
	 * {@code data.sdmx.unit-mult} when the cell is not a whole number from -12 to 12.
	 */
	static SourceRow withUnitMultiplier(SourceRow row, String cell) {
		String multiplier = Cells.trimToNull(cell);
		if (multiplier == null || row.problem() != null) {
			return row;
		}
		if (!multiplier.matches("[-+]?\\d{1,2}") || Math.abs(Integer.parseInt(multiplier)) > MAX_UNIT_MULT) {
			return SourceRow.problem(row.line(), "data.sdmx.unit-mult", multiplier);
		}
		return row.withUnitMultiplier(Integer.parseInt(multiplier));
	}

	@Override
	public void close() throws IOException {
		this.parser.close();
	}

	/** One record and the file line it starts on. */
	record Line(long number, List<String> cells) {

		/** The cell of a column, or null when the line is shorter. */
		String cell(int column) {
			return (column >= 0 && column < this.cells.size()) ? this.cells.get(column) : null;
		}

	}

}
