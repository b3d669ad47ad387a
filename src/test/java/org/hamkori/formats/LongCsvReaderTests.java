package org.hamkori.formats;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.ref.Reference;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** The long layout: one value per line, with the file line of each value. */
class LongCsvReaderTests {

	@Test
	void readsRussianExcelFileWithDecimalCommaLineNumbersAndTextPassedThrough() throws IOException {
		CsvPreview preview;
		try (InputStream in = Samples.open("long-semicolon-bom.csv")) {
			preview = CsvPreview.read(in);
		}
		CsvOptions options = CsvOptions.of(preview, preview.suggestedMapping());
		List<SourceRow> rows = Samples.readAll(new LongCsvReader(Samples.open("long-semicolon-bom.csv"), options));

		assertThat(rows).extracting(SourceRow::line).containsExactly(2L, 3L, 4L, 6L, 8L);
		assertThat(rows).extracting(SourceRow::value).containsExactly("1234.5", "12345", "0.75", "н/д", null);
		SourceRow first = rows.get(0);
		assertThat(first.indicator()).isEqualTo("LM_OUTFLOW");
		assertThat(first.period()).isEqualTo("2024");
		assertThat(first.dimensions()).isEqualTo(Map.of("SEX", "F", "AGE", "Y15T24", "COUNTERPART_AREA", "RUS"));
		assertThat(first.note()).isNull();
		assertThat(first.problem()).isNull();
		SourceRow text = rows.get(3);
		assertThat(text.dimensions()).isEqualTo(Map.of("SEX", "F", "COUNTERPART_AREA", "Казахстан"));
		assertThat(text.note()).isEqualTo("оценка,\nпо данным МВД");
		assertThat(rows.get(4).indicator()).isEqualTo("REMIT_INFLOW");
		assertThat(rows.get(4).note()).isEqualTo("нет данных");
	}

	@Test
	void normalisesNumbersOnlyWhenTheyAreNumbers() {
		assertThat(Cells.number("1 234,5", true)).isEqualTo("1234.5");
		assertThat(Cells.number("1\u00A0234\u00A0567,25", true)).isEqualTo("1234567.25");
		assertThat(Cells.number("1.234.567,25", true)).isEqualTo("1234567.25");
		assertThat(Cells.number("-0,5", true)).isEqualTo("-0.5");
		assertThat(Cells.number("1,234,567.5", false)).isEqualTo("1234567.5");
		assertThat(Cells.number("+17", false)).isEqualTo("17");
		assertThat(Cells.number("1,5", false)).isEqualTo("1,5");
		assertThat(Cells.number(" about 12 ", true)).isEqualTo(" about 12 ");
		assertThat(Cells.number("  ", true)).isNull();
	}

	@Test
	void fixedIndicatorAndPeriodFillFilesWithoutThoseColumns() throws IOException {
		String csv = "Country,Sex,Value\nRUS,F,10\nKAZ,M,20.5\n";
		CsvOptions options = new CsvOptions(',', false, ColumnMapping.suggest(List.of("Country", "Sex", "Value")),
				"LM_STOCK", "2023");
		List<SourceRow> rows = Samples.readAll(new LongCsvReader(bytes(csv), options));
		assertThat(rows).extracting(SourceRow::indicator).containsOnly("LM_STOCK");
		assertThat(rows).extracting(SourceRow::period).containsOnly("2023");
		assertThat(rows).extracting(SourceRow::value).containsExactly("10", "20.5");
		assertThat(rows.get(1).dimensions()).isEqualTo(Map.of("COUNTERPART_AREA", "KAZ", "SEX", "M"));
	}

	@Test
	void aMappingWithoutValueIndicatorOrPeriodIsRefused() {
		String csv = "Country,Sex,Value\nRUS,F,10\n";
		ColumnMapping noValue = ColumnMapping.of(Map.of("Country", "COUNTERPART_AREA"));
		assertKey(() -> new LongCsvReader(bytes(csv), new CsvOptions(',', false, noValue, "X", "2024")),
				"data.file.no-value-column");
		ColumnMapping value = ColumnMapping.of(Map.of("Value", "VALUE"));
		assertKey(() -> new LongCsvReader(bytes(csv), new CsvOptions(',', false, value, null, "2024")),
				"data.file.no-indicator-column");
		assertKey(() -> new LongCsvReader(bytes(csv), new CsvOptions(',', false, value, "X", null)),
				"data.file.no-period-column");
		assertKey(() -> new LongCsvReader(bytes(""), new CsvOptions(',', false, value, "X", "2024")),
				"data.file.empty");
	}

	@Test
	void encodingErrorsFurtherDownTheFileNameTheirLine() throws IOException {
		byte[] good = "INDICATOR,PERIOD,OBS_VALUE\nA,2024,1\nA,2023,2\n".getBytes(StandardCharsets.UTF_8);
		byte[] bad = "B,2024,Москва\n".getBytes(java.nio.charset.Charset.forName("windows-1251"));
		byte[] file = new byte[good.length + bad.length];
		System.arraycopy(good, 0, file, 0, good.length);
		System.arraycopy(bad, 0, file, good.length, bad.length);
		CsvOptions options = new CsvOptions(',', false,
				ColumnMapping.suggest(List.of("INDICATOR", "PERIOD", "OBS_VALUE")), null, null);
		try (LongCsvReader reader = new LongCsvReader(new ByteArrayInputStream(file), options)) {
			assertThat(reader.next().line()).isEqualTo(2);
			assertThatExceptionOfType(FileFormatException.class).isThrownBy(() -> {
				while (reader.next() != null) {
					// read on to the broken line
				}
			}).satisfies((ex) -> {
				assertThat(ex.messageKey()).isEqualTo("data.file.encoding");
				assertThat(ex.arguments()).containsExactly(4L);
			});
		}
	}

	@Test
	void anUnclosedQuoteIsAnErrorOnItsLine() throws IOException {
		String csv = "INDICATOR,PERIOD,OBS_VALUE\nA,2024,1\nA,\"2023,2\n";
		CsvOptions options = new CsvOptions(',', false,
				ColumnMapping.suggest(List.of("INDICATOR", "PERIOD", "OBS_VALUE")), null, null);
		try (LongCsvReader reader = new LongCsvReader(bytes(csv), options)) {
			assertThat(reader.next().line()).isEqualTo(2);
			assertThatExceptionOfType(FileFormatException.class).isThrownBy(reader::next).satisfies((ex) -> {
				assertThat(ex.messageKey()).isEqualTo("data.file.csv");
				assertThat(ex.arguments()).containsExactly(3L);
			});
		}
	}

	/**
	 * A million lines generated on the fly (never a file in memory) go through the reader
	 * one at a time; what stays reachable afterwards must not grow with the file. Holding
	 * the rows would keep hundreds of megabytes.
	 */
	@Test
	void streamsAMillionLinesWithoutKeepingThem() throws IOException {
		int lines = 1_000_000;
		MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
		CsvOptions options = new CsvOptions(';', true,
				ColumnMapping.suggest(List.of("INDICATOR", "PERIOD", "SEX", "COUNTERPART_AREA", "OBS_VALUE")), null,
				null);
		System.gc();
		long before = memory.getHeapMemoryUsage().getUsed();
		LongCsvReader reader = new LongCsvReader(new GeneratedCsv(lines), options);
		long count = 0;
		long lastLine = 0;
		String lastValue = null;
		for (SourceRow row = reader.next(); row != null; row = reader.next()) {
			count++;
			lastLine = row.line();
			lastValue = row.value();
		}
		System.gc();
		long after = memory.getHeapMemoryUsage().getUsed();
		Reference.reachabilityFence(reader);
		reader.close();
		assertThat(count).isEqualTo(lines);
		assertThat(lastLine).isEqualTo(lines + 1);
		assertThat(lastValue).isEqualTo((lines - 1) + ".5");
		assertThat(after - before).as("heap kept after reading").isLessThan(64L * 1024 * 1024);
	}

	private static InputStream bytes(String text) {
		return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
	}

	private static void assertKey(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String key) {
		assertThatExceptionOfType(FileFormatException.class).isThrownBy(call)
			.satisfies((ex) -> assertThat(ex.messageKey()).isEqualTo(key));
	}

	/** A long CSV of n lines after the header, produced as it is read. */
	static final class GeneratedCsv extends InputStream {

		private static final String[] AREAS = { "RUS", "KAZ", "KOR", "TUR", "ARE" };

		private final int lines;

		private int next = -1;

		private byte[] current = new byte[0];

		private int position;

		GeneratedCsv(int lines) {
			this.lines = lines;
		}

		@Override
		public int read() {
			if (this.position == this.current.length && !advance()) {
				return -1;
			}
			return this.current[this.position++] & 0xFF;
		}

		@Override
		public int read(byte[] buffer, int offset, int length) {
			if (length == 0) {
				return 0;
			}
			if (this.position == this.current.length && !advance()) {
				return -1;
			}
			int count = Math.min(length, this.current.length - this.position);
			System.arraycopy(this.current, this.position, buffer, offset, count);
			this.position += count;
			return count;
		}

		private boolean advance() {
			if (this.next >= this.lines) {
				return false;
			}
			String line = (this.next < 0) ? "INDICATOR;PERIOD;SEX;COUNTERPART_AREA;OBS_VALUE\r\n"
					: "LM_OUTFLOW;2024-" + String.format("%02d", this.next % 12 + 1) + ";"
							+ ((this.next % 2 == 0) ? "F" : "M") + ";" + AREAS[this.next % AREAS.length] + ";"
							+ this.next + ",5\r\n";
			this.next++;
			this.current = line.getBytes(StandardCharsets.UTF_8);
			this.position = 0;
			return true;
		}

	}

}
