package org.hamkori.formats;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFRichTextString;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The bounds of the XLSX reader: a workbook built to exhaust memory while staying under
 * POI's inflation-ratio guard ends with a clear message in a 256 MB heap, and so do
 * oversized cells, rows, columns and markup.
 */
class XlsxReaderLimitsTests {

	private static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

	@TempDir
	Path directory;

	/**
	 * About 300 MB of shared strings at roughly 50:1, so POI's 1:100 ratio guard lets it
	 * through; a reader that keeps every shared string runs out of a 256 MB heap.
	 */
	@Test
	void hugeSharedStringsUnderTheRatioGuardAreRefusedInA256MbHeap() throws Exception {
		File file = this.directory.resolve("strings.xlsx").toFile();
		long inflated = hostileSharedStrings(file, 100_000);
		assertThat(inflated).as("inflated size of sharedStrings.xml").isGreaterThan(300_000_000L);
		assertThat(inflated / file.length()).as("inflation ratio").isBetween(20L, 99L);

		Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
				"-Xmx256m", "-cp", System.getProperty("java.class.path"), ReadInChild.class.getName(),
				file.getAbsolutePath())
			.redirectErrorStream(true)
			.start();
		assertThat(child.waitFor(120, TimeUnit.SECONDS)).as("the reader ends").isTrue();
		String output = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertThat(output).as(output).contains("REFUSED data.file.text-too-large").doesNotContain("OutOfMemory");
		assertThat(child.exitValue()).isZero();
	}

	@Test
	void tooManySharedCharactersAreRefusedInProcess() throws Exception {
		File file = this.directory.resolve("strings.xlsx").toFile();
		hostileSharedStrings(file, 3_000);
		assertRefused(file, "data.file.text-too-large");
	}

	@Test
	void sharedStringsKeepRichRunsAndDropPhoneticOnes() throws Exception {
		byte[] workbook = headerWorkbook();
		String strings = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><sst xmlns=\"" + MAIN + "\">"
				+ "<si><t>INDICATOR</t></si><si><t>OBS_VALUE</t></si>"
				+ "<si><r><rPr><b/></rPr><t>LM_</t></r><r><t xml:space=\"preserve\">OUTFLOW</t></r>"
				+ "<rPh sb=\"0\" eb=\"1\"><t>ふりがな</t></rPh></si></sst>";
		String sheet = sheet("<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c><c r=\"B1\" t=\"s\"><v>1</v></c></row>"
				+ "<row r=\"2\"><c r=\"A2\" t=\"s\"><v>2</v></c><c r=\"B2\"><v>12.50</v></c></row>");
		File file = write(workbook, Map.of("xl/sharedStrings.xml", strings.getBytes(StandardCharsets.UTF_8),
				"xl/worksheets/sheet1.xml", sheet.getBytes(StandardCharsets.UTF_8)));
		List<SourceRow> rows = Samples.readAll(new XlsxReader(file));
		assertThat(rows).singleElement().satisfies((row) -> {
			assertThat(row.indicator()).isEqualTo("LM_OUTFLOW");
			assertThat(row.value()).isEqualTo("12.5");
		});
	}

	/**
	 * A part that inflates a thousandfold is refused before any parser reads it, even
	 * when another library in the process has lowered POI's global ratio guard.
	 */
	@Test
	void aPartInflatingFurtherThanTheRatioGuardIsRefusedBeforeParsing() throws Exception {
		double before = org.apache.poi.openxml4j.util.ZipSecureFile.getMinInflateRatio();
		org.apache.poi.openxml4j.util.ZipSecureFile.setMinInflateRatio(0.0001);
		try {
			String sheet = sheet(header() + "<row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>LM_OUTFLOW</t></is></c>"
					+ "<c r=\"B2\"><v>1</v></c></row>" + " ".repeat(4_000_000));
			File file = sheetOnly(sheet);
			assertThat(file.length()).as("compressed size").isLessThan(40_000L);
			assertRefused(file, "data.file.zip-bomb");
		}
		finally {
			org.apache.poi.openxml4j.util.ZipSecureFile.setMinInflateRatio(before);
		}
	}

	@Test
	void aCellLongerThanExcelAllowsIsRefused() throws Exception {
		String sheet = sheet(header() + "<row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>LM_OUTFLOW</t></is></c>"
				+ "<c r=\"B2\"><v>1</v></c><c r=\"C2\" t=\"inlineStr\"><is><t>" + "x".repeat(40_000)
				+ "</t></is></c></row>");
		FileFormatException refused = assertRefused(sheetOnly(sheet), "data.file.cell-too-long");
		assertThat(refused.arguments()).containsExactly("C2", Limits.MAX_CELL_CHARS);
	}

	@Test
	void aColumnBeyondExcelsLastIsRefused() throws Exception {
		String sheet = sheet(header() + "<row r=\"2\"><c r=\"XFE2\"><v>1</v></c></row>");
		assertRefused(sheetOnly(sheet), "data.file.too-many-columns");
	}

	@Test
	void aRowBeyondTheLimitIsRefused() throws Exception {
		String sheet = sheet(header() + "<row r=\"" + (Limits.MAX_ROWS + 1) + "\"><c><v>1</v></c></row>");
		assertRefused(sheetOnly(sheet), "data.file.too-many-rows");
	}

	@Test
	void aGiantAttributeIsRefusedBeforeTheParserHoldsIt() throws Exception {
		StringBuilder digits = new StringBuilder();
		Random random = new Random(11);
		while (digits.length() < 2 * Limits.MAX_MARKUP_GAP_BYTES) {
			digits.append(random.nextInt(10));
		}
		String sheet = sheet(header() + "<row r=\"2\" spans=\"" + digits + "\"><c><v>1</v></c></row>");
		assertRefused(sheetOnly(sheet), "data.file.text-too-large");
	}

	private FileFormatException assertRefused(File file, String key) {
		return assertThatExceptionOfType(FileFormatException.class)
			.isThrownBy(() -> Samples.readAll(new XlsxReader(file)))
			.satisfies((ex) -> assertThat(ex.messageKey()).isEqualTo(key))
			.actual();
	}

	private static String header() {
		return "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>INDICATOR</t></is></c>"
				+ "<c r=\"B1\" t=\"inlineStr\"><is><t>OBS_VALUE</t></is></c>"
				+ "<c r=\"C1\" t=\"inlineStr\"><is><t>NOTE</t></is></c></row>";
	}

	private static String sheet(String rows) {
		return "<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\"" + MAIN + "\"><sheetData>" + rows
				+ "</sheetData></worksheet>";
	}

	private File sheetOnly(String sheet) throws IOException {
		return write(headerWorkbook(), Map.of("xl/worksheets/sheet1.xml", sheet.getBytes(StandardCharsets.UTF_8)));
	}

	/**
	 * A workbook whose shared strings are {@code count} texts of 3,000 repeated letters
	 * and 96 random hex digits each: it inflates about 50 times.
	 */
	private long hostileSharedStrings(File file, int count) throws IOException {
		Random random = new Random(7);
		String run = "A".repeat(3_000);
		byte[] raw = new byte[48];
		long inflated = 0;
		try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(headerWorkbook()));
				ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(file.toPath()))) {
			for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
				out.putNextEntry(new ZipEntry(entry.getName()));
				if (entry.getName().equals("xl/sharedStrings.xml")) {
					StringBuilder part = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?><sst xmlns=\"")
						.append(MAIN)
						.append("\"><si><t>INDICATOR</t></si><si><t>OBS_VALUE</t></si>");
					for (int i = 0; i < count; i++) {
						random.nextBytes(raw);
						part.append("<si><t>").append(run).append(HexFormat.of().formatHex(raw)).append("</t></si>");
						if (part.length() > 1 << 20) {
							inflated += flush(part, out);
						}
					}
					part.append("</sst>");
					inflated += flush(part, out);
				}
				else {
					in.transferTo(out);
				}
				out.closeEntry();
			}
		}
		return inflated;
	}

	private static long flush(StringBuilder part, OutputStream out) throws IOException {
		byte[] bytes = part.toString().getBytes(StandardCharsets.UTF_8);
		out.write(bytes);
		part.setLength(0);
		return bytes.length;
	}

	/** A workbook written by POI with the header row as shared strings. */
	private static byte[] headerWorkbook() throws IOException {
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet sheet = workbook.createSheet("Data");
			Row row = sheet.createRow(0);
			row.createCell(0).setCellValue(new XSSFRichTextString("INDICATOR"));
			row.createCell(1).setCellValue("OBS_VALUE");
			workbook.write(out);
			return out.toByteArray();
		}
	}

	private File write(byte[] workbook, Map<String, byte[]> replaced) throws IOException {
		File file = Files.createTempFile(this.directory, "book", ".xlsx").toFile();
		try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(workbook));
				ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(file.toPath()))) {
			for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
				out.putNextEntry(new ZipEntry(entry.getName()));
				byte[] replacement = replaced.get(entry.getName());
				if (replacement != null) {
					out.write(replacement);
				}
				else {
					in.transferTo(out);
				}
				out.closeEntry();
			}
		}
		return file;
	}

	/** Reads a workbook in a JVM of its own and says how it ended. */
	public static final class ReadInChild {

		public static void main(String[] args) throws IOException {
			try {
				int rows = Samples.readAll(new XlsxReader(new File(args[0]))).size();
				System.out.println("READ " + rows);
			}
			catch (FileFormatException ex) {
				System.out.println("REFUSED " + ex.messageKey());
			}
			catch (OutOfMemoryError ex) {
				System.out.println("OutOfMemory");
				System.exit(3);
			}
		}

	}

}
