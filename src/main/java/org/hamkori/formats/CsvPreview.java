package org.hamkori.formats;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * The start of an uploaded CSV file, for the mapping screen: the delimiter guessed from
 * the first lines (comma, semicolon or tab), the headers, the first few rows, and whether
 * its numbers look like they use a decimal comma. Reads only the first lines, strictly as
 * UTF-8 with a byte order mark dropped.
 */
public record CsvPreview(char delimiter, List<String> headers, List<List<String>> rows, boolean decimalComma) {

	/** Rows shown after the header. */
	public static final int ROWS = 5;

	/** Lines read to guess from; a file's first lines rarely differ from the rest. */
	private static final int SAMPLE_LINES = 40;

	/**
	 * Characters of one line kept for guessing; a longer line is not a sensible CSV
	 * header.
	 */
	private static final int MAX_LINE = 1 << 20;

	private static final char[] DELIMITERS = { ',', ';', '\t' };

	public CsvPreview {
		headers = List.copyOf(headers);
		rows = rows.stream().map(List::copyOf).toList();
	}

	/**
	 * Reads the first lines of a CSV file.
	 * @param in the file; not closed
	 * @return the preview
	 * @throws FileFormatException {@code data.file.encoding} with the line for bytes that
	 * are not UTF-8, {@code data.file.empty} for a file without a header line
	 */
	public static CsvPreview read(InputStream in) {
		List<String> lines = new ArrayList<>();
		try {
			BufferedReader reader = new BufferedReader(new StrictUtf8Reader(in));
			StringBuilder line = new StringBuilder();
			int c;
			while (lines.size() < SAMPLE_LINES && (c = reader.read()) >= 0) {
				if (c == '\n') {
					lines.add(stripCr(line));
					line.setLength(0);
				}
				else if (line.length() < MAX_LINE) {
					line.append((char) c);
				}
			}
			if (!line.isEmpty()) {
				lines.add(stripCr(line));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		while (!lines.isEmpty() && (lines.get(0).isBlank() || Cells.preamble(firstCell(lines.get(0))))) {
			lines.remove(0);
		}
		if (lines.isEmpty()) {
			throw new FileFormatException("data.file.empty");
		}
		char delimiter = guessDelimiter(lines);
		List<List<String>> records = parse(lines, delimiter);
		if (records.isEmpty()) {
			throw new FileFormatException("data.file.empty");
		}
		List<String> headers = records.get(0).stream().map(String::strip).toList();
		List<List<String>> rows = records.subList(1, Math.min(records.size(), ROWS + 1));
		return new CsvPreview(delimiter, headers, rows,
				guessDecimalComma(delimiter, records.subList(1, records.size())));
	}

	/** Whether some header names a period, as in a file with years as columns. */
	public boolean looksWide() {
		return this.headers.stream().anyMatch((header) -> Cells.periodHeader(header) != null);
	}

	/**
	 * Whether the first column is DATAFLOW (SDMX-CSV 1.0) or STRUCTURE (SDMX-CSV 2.0).
	 */
	public boolean looksSdmx() {
		return !this.headers.isEmpty() && SdmxCsvReader.version(this.headers.get(0)) > 0;
	}

	/** The mapping {@link ColumnMapping#suggest} guesses for these headers. */
	public ColumnMapping suggestedMapping() {
		return ColumnMapping.suggest(this.headers);
	}

	/** The key under which a mapping of these headers is remembered. */
	public String headerKey() {
		return ColumnMapping.headerKey(this.headers);
	}

	/** The first cell of a raw line, before any delimiter, without quotes. */
	private static String firstCell(String line) {
		int end = line.length();
		for (char delimiter : DELIMITERS) {
			int at = line.indexOf(delimiter);
			if (at >= 0 && at < end) {
				end = at;
			}
		}
		return line.substring(0, end).replace("\"", "");
	}

	private static String stripCr(StringBuilder line) {
		int end = line.length();
		if (end > 0 && line.charAt(end - 1) == '\r') {
			end--;
		}
		return line.substring(0, end);
	}

	/**
	 * The delimiter that splits the header into the most columns and the sample lines
	 * into as many as the header, counted outside quotes; comma when nothing splits.
	 */
	private static char guessDelimiter(List<String> lines) {
		char best = ',';
		long bestScore = -1;
		for (char delimiter : DELIMITERS) {
			int headerCount = count(lines.get(0), delimiter);
			if (headerCount == 0) {
				continue;
			}
			long consistent = lines.stream().skip(1).filter((line) -> count(line, delimiter) == headerCount).count();
			long score = consistent * 1000 + headerCount;
			if (score > bestScore) {
				bestScore = score;
				best = delimiter;
			}
		}
		return best;
	}

	private static int count(String line, char delimiter) {
		int count = 0;
		boolean quoted = false;
		for (int i = 0; i < line.length(); i++) {
			char c = line.charAt(i);
			if (c == '"') {
				quoted = !quoted;
			}
			else if (c == delimiter && !quoted) {
				count++;
			}
		}
		return count;
	}

	private static List<List<String>> parse(List<String> lines, char delimiter) {
		CSVFormat format = CSVFormat.RFC4180.builder()
			.setDelimiter(delimiter)
			.setIgnoreEmptyLines(true)
			.setIgnoreSurroundingSpaces(false)
			.get();
		List<List<String>> records = new ArrayList<>();
		try (CSVParser parser = CSVParser.parse(new StringReader(String.join("\n", lines)), format)) {
			for (CSVRecord record : parser) {
				records.add(record.toList());
			}
		}
		catch (IOException | UncheckedIOException ex) {
			// A quote left open in the sample: show what parsed.
		}
		return records;
	}

	/**
	 * Decimal comma when more cells read as numbers with a decimal comma than with a
	 * decimal point. Numbers such as 1,234 could be either; in a file delimited by
	 * semicolons or tabs, which is how Russian-locale Excel writes, they count as decimal
	 * comma when nothing else decides.
	 */
	private static boolean guessDecimalComma(char delimiter, List<List<String>> rows) {
		int comma = 0;
		int point = 0;
		int ambiguous = 0;
		for (List<String> row : rows) {
			for (String cell : row) {
				if (Cells.decimalCommaNumber(cell)) {
					comma++;
				}
				else if (Cells.decimalPointNumber(cell)) {
					point++;
				}
				else if (Cells.commaGroupedNumber(cell)) {
					ambiguous++;
				}
			}
		}
		if (comma != point) {
			return comma > point;
		}
		return comma == 0 && delimiter != ',' && ambiguous > 0;
	}

}
