package org.hamkori.formats;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The bounds of the CSV readers (long, wide and SDMX-CSV share them): an unclosed quote
 * that runs on, too many lines, too many columns and an overlong cell each end with their
 * own message, before the parser gathers more.
 */
class CsvReaderLimitsTests {

	private static final CsvOptions OPTIONS = new CsvOptions(',', false, ColumnMapping.of(Map.of("INDICATOR",
			ColumnMapping.INDICATOR, "PERIOD", ColumnMapping.PERIOD, "OBS_VALUE", ColumnMapping.VALUE)), null, null);

	@Test
	void anUnclosedQuoteThatRunsOnIsRefusedWithItsLine() {
		InputStream in = new SequenceInputStream(bytes("INDICATOR,PERIOD,OBS_VALUE\nA,2024,1\nB,2024,\"1"),
				repeated('x', 64L * 1024 * 1024));
		FileFormatException refused = refused(() -> new LongCsvReader(in, OPTIONS), "data.file.line-too-long");
		assertThat(refused.arguments()).containsExactly(3L, Limits.MAX_LINE_CHARS);
	}

	@Test
	void aCellLongerThanExcelAllowsIsRefusedWithItsLineAndColumn() {
		String csv = "INDICATOR,PERIOD,OBS_VALUE\nA,2024,1\nB,2024,\"" + "y".repeat(Limits.MAX_CELL_CHARS + 1) + "\"\n";
		FileFormatException refused = refused(() -> new LongCsvReader(bytes(csv), OPTIONS),
				"data.file.csv-cell-too-long");
		assertThat(refused.arguments()).containsExactly(3L, 3, Limits.MAX_CELL_CHARS);
	}

	@Test
	void aHeaderWithTooManyColumnsIsRefused() {
		String header = "DATAFLOW,TIME_PERIOD,OBS_VALUE" + ",X".repeat(Limits.MAX_COLUMNS) + "\n";
		refused(() -> new SdmxCsvReader(bytes(header)), "data.file.too-many-columns");
		refused(() -> new WideCsvReader(bytes("INDICATOR,2024" + ",X".repeat(Limits.MAX_COLUMNS) + "\n"), OPTIONS),
				"data.file.too-many-columns");
	}

	@Test
	void moreLinesThanTheLimitAreRefused() {
		InputStream in = new SequenceInputStream(bytes("INDICATOR,PERIOD,OBS_VALUE\n"),
				repeatedLine(",,\n", Limits.MAX_ROWS));
		refused(() -> new LongCsvReader(in, OPTIONS), "data.file.too-many-rows");
	}

	@Test
	void filesWithinTheBoundsStillRead() throws IOException {
		String csv = "INDICATOR,PERIOD,OBS_VALUE,NOTE\nA,2024,1,\"" + "n".repeat(Limits.MAX_CELL_CHARS) + "\"\n";
		CsvOptions options = new CsvOptions(
				',', false, ColumnMapping.of(Map.of("INDICATOR", ColumnMapping.INDICATOR, "PERIOD",
						ColumnMapping.PERIOD, "OBS_VALUE", ColumnMapping.VALUE, "NOTE", ColumnMapping.NOTE)),
				null, null);
		List<SourceRow> rows = Samples.readAll(new LongCsvReader(bytes(csv), options));
		assertThat(rows).singleElement().satisfies((row) -> assertThat(row.note()).hasSize(Limits.MAX_CELL_CHARS));
	}

	private static FileFormatException refused(Reading reading, String key) {
		return assertThatExceptionOfType(FileFormatException.class).isThrownBy(() -> Samples.readAll(reading.open()))
			.satisfies((ex) -> assertThat(ex.messageKey()).isEqualTo(key))
			.actual();
	}

	private static InputStream bytes(String text) {
		return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
	}

	/** {@code count} bytes of one letter, made as they are read. */
	private static InputStream repeated(char letter, long count) {
		return new InputStream() {

			private long left = count;

			@Override
			public int read() {
				return (this.left-- > 0) ? letter : -1;
			}

			@Override
			public int read(byte[] buffer, int offset, int length) {
				if (this.left <= 0) {
					return -1;
				}
				int n = (int) Math.min(length, this.left);
				java.util.Arrays.fill(buffer, offset, offset + n, (byte) letter);
				this.left -= n;
				return n;
			}

		};
	}

	/** A line repeated {@code count} times, made as it is read. */
	private static InputStream repeatedLine(String line, long count) {
		byte[] one = line.repeat(1024).getBytes(StandardCharsets.UTF_8);
		return new InputStream() {

			private long blocks = count / 1024 + 1;

			private int position = one.length;

			@Override
			public int read() {
				if (this.position == one.length) {
					if (this.blocks-- == 0) {
						return -1;
					}
					this.position = 0;
				}
				return one[this.position++];
			}

			@Override
			public int read(byte[] buffer, int offset, int length) {
				int b = read();
				if (b < 0) {
					return -1;
				}
				buffer[offset] = (byte) b;
				int n = Math.min(length - 1, one.length - this.position);
				System.arraycopy(one, this.position, buffer, offset + 1, n);
				this.position += n;
				return n + 1;
			}

		};
	}

	@FunctionalInterface
	interface Reading {

		RowReader open() throws IOException;

	}

}
