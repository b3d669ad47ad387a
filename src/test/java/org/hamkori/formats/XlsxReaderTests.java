package org.hamkori.formats;

import java.io.ByteArrayInputStream;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** Files that must not get through the XLSX reader, each with a message for the user. */
class XlsxReaderTests {

	@TempDir
	Path directory;

	@Test
	void aSheetThatInflatesEnormouslyIsAZipBomb() throws IOException {
		File bomb = this.directory.resolve("bomb.xlsx").toFile();
		Files.write(bomb.toPath(), ZipBombs.of(XlsxTemplateTests.write(XlsxTemplateTests.spec())));
		assertThat(bomb.length()).as("the bomb is small on disk").isLessThan(200_000);

		assertThatExceptionOfType(FileFormatException.class).isThrownBy(() -> Samples.readAll(new XlsxReader(bomb)))
			.satisfies((ex) -> assertThat(ex.messageKey()).isEqualTo("data.file.zip-bomb"));
	}

	@Test
	void externalEntitiesInTheSheetAreNeverResolved() throws IOException {
		Path secret = this.directory.resolve("secret.txt");
		Files.writeString(secret, "SECRET-CONTENT");
		byte[] template = XlsxTemplateTests.write(XlsxTemplateTests.spec());
		File file = this.directory.resolve("entity.xlsx").toFile();
		String sheet = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>" + "<!DOCTYPE worksheet [<!ENTITY secret SYSTEM \""
				+ secret.toUri() + "\">]>"
				+ "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"
				+ "<row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>INDICATOR</t></is></c>"
				+ "<c r=\"B2\" t=\"inlineStr\"><is><t>OBS_VALUE</t></is></c>"
				+ "<c r=\"C2\" t=\"inlineStr\"><is><t>NOTE</t></is></c></row>"
				+ "<row r=\"3\"><c r=\"A3\" t=\"inlineStr\"><is><t>LM_OUTFLOW</t></is></c><c r=\"B3\"><v>1</v></c>"
				+ "<c r=\"C3\" t=\"inlineStr\"><is><t>&secret;</t></is></c></row>" + "</sheetData></worksheet>";
		try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(template));
				ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(file.toPath()))) {
			for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
				out.putNextEntry(new ZipEntry(entry.getName()));
				if (entry.getName().equals("xl/worksheets/sheet1.xml")) {
					out.write(sheet.getBytes(StandardCharsets.UTF_8));
				}
				else {
					in.transferTo(out);
				}
				out.closeEntry();
			}
		}
		try {
			for (SourceRow row : Samples.readAll(new XlsxReader(file))) {
				assertThat(String.valueOf(row.note())).doesNotContain("SECRET");
			}
		}
		catch (FileFormatException ex) {
			assertThat(ex.messageKey()).isEqualTo("data.file.not-xlsx");
		}
	}

	@Test
	void aPdfRenamedXlsxIsNotAWorkbook() throws IOException {
		File pdf = this.directory.resolve("report.xlsx").toFile();
		try (PDDocument document = new PDDocument()) {
			document.addPage(new PDPage());
			document.save(pdf);
		}
		assertNotXlsx(pdf);
	}

	@Test
	void aCsvOrAZipRenamedXlsxIsNotAWorkbook() throws IOException {
		File csv = this.directory.resolve("data.xlsx").toFile();
		Files.writeString(csv.toPath(), "INDICATOR,PERIOD,OBS_VALUE\nA,2024,1\n");
		assertNotXlsx(csv);
		File zip = this.directory.resolve("archive.xlsx").toFile();
		try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip.toPath()))) {
			out.putNextEntry(new ZipEntry("readme.txt"));
			out.write("not a workbook".getBytes(StandardCharsets.UTF_8));
			out.closeEntry();
		}
		assertNotXlsx(zip);
	}

	@Test
	void aWorkbookWithoutTheTemplateHeaderIsRefused() throws IOException {
		File file = this.directory.resolve("other.xlsx").toFile();
		try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file.toPath())) {
			Sheet sheet = workbook.createSheet("Sheet1");
			for (int i = 0; i < 60; i++) {
				Row row = sheet.createRow(i);
				row.createCell(0).setCellValue("Country " + i);
				row.createCell(1).setCellValue(i);
			}
			workbook.write(out);
		}
		assertThatExceptionOfType(FileFormatException.class).isThrownBy(() -> Samples.readAll(new XlsxReader(file)))
			.satisfies((ex) -> assertThat(ex.messageKey()).isEqualTo("data.file.no-template-header"));
	}

	private static void assertNotXlsx(File file) {
		assertThatExceptionOfType(FileFormatException.class).isThrownBy(() -> Samples.readAll(new XlsxReader(file)))
			.satisfies((ex) -> assertThat(ex.messageKey()).isEqualTo("data.file.not-xlsx"));
	}

}
