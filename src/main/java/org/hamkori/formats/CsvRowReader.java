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
 * What the CSV readers share: commons-csv over a strict UTF-8 reader, the header line,
 * records with the file line they start on (the header being line 1), and a queue for
 * files that give several values per line.
 */
abstract class CsvRowReader implements RowReader {

	private final CSVParser parser;

	private final Iterator<CSVRecord> records;

	private final List<String> headers;

	private final Deque<SourceRow> pending = new ArrayDeque<>();

	CsvRowReader(InputStream in, char delimiter) throws IOException {
		CSVFormat format = CSVFormat.RFC4180.builder()
			.setDelimiter(delimiter)
			.setIgnoreEmptyLines(false)
			.setTrailingData(true)
			.get();
		this.parser = CSVParser.parse(new StrictUtf8Reader(in), format);
		this.records = this.parser.iterator();
		Line header = nextLine();
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
			List<String> cells = record.toList();
			if (cells.stream().anyMatch((cell) -> !cell.isBlank())) {
				return new Line(line, cells);
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
