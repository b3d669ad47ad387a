package org.hamkori.formats;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * What the fuzz tests run, for the normal suite's short runs and the long benchmark run
 * alike: each reader reads a fuzzed input to its end. A {@link FileFormatException} is
 * the expected answer to a bad file and an {@link IOException} is documented; anything
 * else escapes and is a bug.
 */
public final class FuzzTargets {

	private static final ColumnMapping MAPPING = ColumnMapping
		.of(Map.of("INDICATOR", ColumnMapping.INDICATOR, "PERIOD", ColumnMapping.PERIOD, "OBS_VALUE",
				ColumnMapping.VALUE, "NOTE", ColumnMapping.NOTE, "SEX", "SEX", "REF_AREA", "REF_AREA"));

	private static final char[] DELIMITERS = { ',', ';', '\t' };

	private static byte[] skeleton;

	private FuzzTargets() {
	}

	public static void longCsv(FuzzedDataProvider data) {
		CsvOptions options = options(data);
		read(() -> new LongCsvReader(new ByteArrayInputStream(data.consumeRemainingAsBytes()), options));
	}

	public static void wideCsv(FuzzedDataProvider data) {
		CsvOptions options = options(data);
		read(() -> new WideCsvReader(new ByteArrayInputStream(data.consumeRemainingAsBytes()), options));
	}

	public static void sdmxCsv(FuzzedDataProvider data) {
		char delimiter = data.pickValue(DELIMITERS);
		boolean decimalComma = data.consumeBoolean();
		read(() -> new SdmxCsvReader(new ByteArrayInputStream(data.consumeRemainingAsBytes()), delimiter,
				decimalComma));
	}

	/**
	 * Either a whole fuzzed file, or a workbook POI wrote with its shared strings and
	 * first sheet replaced by fuzzed XML, which reaches far more of the reader.
	 */
	public static void xlsx(FuzzedDataProvider data) {
		try {
			byte[] file;
			if (data.consumeBoolean()) {
				file = data.consumeRemainingAsBytes();
			}
			else {
				String strings = data.consumeString(4096);
				String sheet = data.consumeRemainingAsString();
				file = workbook(strings.getBytes(StandardCharsets.UTF_8), sheet.getBytes(StandardCharsets.UTF_8));
			}
			Path path = Files.createTempFile("fuzz", ".xlsx");
			try {
				Files.write(path, file);
				read(() -> new XlsxReader(path.toFile()));
			}
			finally {
				Files.delete(path);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("the test's own files", ex);
		}
	}

	private static CsvOptions options(FuzzedDataProvider data) {
		return new CsvOptions(data.pickValue(DELIMITERS), data.consumeBoolean(), MAPPING,
				data.consumeBoolean() ? "FIXED" : null, data.consumeBoolean() ? "2024" : null);
	}

	private static void read(Opening opening) {
		try (RowReader reader = opening.open()) {
			for (SourceRow row = reader.next(); row != null; row = reader.next()) {
				if (row.line() < 0) {
					throw new IllegalStateException("negative line " + row.line());
				}
			}
		}
		catch (FileFormatException | IOException ex) {
			// the expected answer to a bad file
		}
	}

	private static synchronized byte[] workbook(byte[] strings, byte[] sheet) throws IOException {
		if (skeleton == null) {
			try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
				var row = workbook.createSheet("Data").createRow(0);
				row.createCell(0).setCellValue("INDICATOR");
				row.createCell(1).setCellValue("OBS_VALUE");
				workbook.write(out);
				skeleton = out.toByteArray();
			}
		}
		ByteArrayOutputStream file = new ByteArrayOutputStream();
		try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(skeleton));
				ZipOutputStream out = new ZipOutputStream(file)) {
			for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
				out.putNextEntry(new ZipEntry(entry.getName()));
				switch (entry.getName()) {
					case "xl/sharedStrings.xml" -> out.write(strings);
					case "xl/worksheets/sheet1.xml" -> out.write(sheet);
					default -> in.transferTo(out);
				}
				out.closeEntry();
			}
		}
		return file.toByteArray();
	}

	@FunctionalInterface
	private interface Opening {

		RowReader open() throws IOException;

	}

}
