package org.hamkori.formats;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.parsers.DocumentBuilderFactory;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.hamkori.XlsxText;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The XLSX template of a data set and period: what the file holds (read with the JDK's
 * own zip and XML parsers), and the round trip of a user filling it in Excel-like fashion
 * and uploading it.
 */
class XlsxTemplateTests {

	static final TemplateSpec.Code INDICATOR = new TemplateSpec.Code("LM_OUTFLOW", "Labour migrants departed");

	@TempDir
	Path directory;

	static TemplateSpec spec() {
		TemplateSpec.Headings headings = new TemplateSpec.Headings("Данные", "Инструкция", "Код показателя",
				"Показатель", "Период", Map.of("SEX", "Пол", "COUNTERPART_AREA", "Страна назначения"), "Значение",
				"Примечание", "Недопустимое значение", "Введите число не меньше нуля.");
		List<TemplateSpec.Line> lines = List.of(
				line(Map.of("SEX", code("F", "Female"), "COUNTERPART_AREA", code("RUS", "Russian Federation")), null,
						null),
				line(Map.of("SEX", code("M", "Male"), "COUNTERPART_AREA", code("RUS", "Russian Federation")), "12.5",
						"estimate"),
				line(Map.of("SEX", code("F", "Female"), "COUNTERPART_AREA", code("KAZ", "Kazakhstan")), null, null),
				line(Map.of("SEX", code("M", "Male"), "COUNTERPART_AREA", code("KAZ", "Kazakhstan")), null, null),
				line(Map.of(), null, null));
		return new TemplateSpec("2024-Q1", List.of("SEX", "COUNTERPART_AREA"), headings, lines,
				List.of("Отток трудовых мигрантов, 2024-Q1", "Введите каждое значение в столбец «Значение»."));
	}

	static TemplateSpec.Line line(Map<String, TemplateSpec.Code> dimensions, String value, String note) {
		return new TemplateSpec.Line(INDICATOR, dimensions, value, note);
	}

	static TemplateSpec.Code code(String code, String label) {
		return new TemplateSpec.Code(code, label);
	}

	static byte[] write(TemplateSpec spec) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		XlsxTemplate.write(spec, out);
		return out.toByteArray();
	}

	@Test
	void dataSheetHasHeadingsTheMachineHeaderAndARowPerExpectedValue() throws Exception {
		List<List<String>> rows = XlsxText.rows(write(spec()));
		assertThat(rows.get(0)).containsExactly("Код показателя", "Показатель", "Период", "Пол", "",
				"Страна назначения", "", "Значение", "Примечание");
		assertThat(rows.get(1)).containsExactly("INDICATOR", "INDICATOR_LABEL", "PERIOD", "SEX", "SEX_LABEL",
				"COUNTERPART_AREA", "COUNTERPART_AREA_LABEL", "OBS_VALUE", "NOTE");
		assertThat(rows.get(1)).isEqualTo(XlsxTemplate.machineHeader(List.of("SEX", "COUNTERPART_AREA")));
		assertThat(rows).hasSize(2 + 5);
		assertThat(rows.get(2)).containsExactly("LM_OUTFLOW", "Labour migrants departed", "2024-Q1", "F", "Female",
				"RUS", "Russian Federation", "", "");
		assertThat(rows.get(3)).containsExactly("LM_OUTFLOW", "Labour migrants departed", "2024-Q1", "M", "Male", "RUS",
				"Russian Federation", "12.5", "estimate");
		assertThat(rows.get(6)).containsExactly("LM_OUTFLOW", "Labour migrants departed", "2024-Q1", "", "", "", "", "",
				"");
	}

	@Test
	void sheetsAreProtectedValuesValidatedAndOnlyValueAndNoteCellsUnlocked() throws Exception {
		byte[] xlsx = write(spec());
		Document data = part(xlsx, "xl/worksheets/sheet1.xml");
		Element protection = (Element) data.getElementsByTagName("sheetProtection").item(0);
		assertThat(protection).isNotNull();
		assertThat(protection.getAttribute("sheet")).isIn("1", "true");
		Element validation = (Element) data.getElementsByTagName("dataValidation").item(0);
		assertThat(validation.getAttribute("type")).isEqualTo("decimal");
		assertThat(validation.getAttribute("operator")).isEqualTo("greaterThanOrEqual");
		assertThat(validation.getAttribute("sqref")).isEqualTo("H3:H7");
		assertThat(validation.getElementsByTagName("formula1").item(0).getTextContent()).isEqualTo("0");
		assertThat(part(xlsx, "xl/worksheets/sheet2.xml").getElementsByTagName("sheetProtection").getLength())
			.isEqualTo(1);
		assertThat(new String(bytes(xlsx, "xl/workbook.xml"), java.nio.charset.StandardCharsets.UTF_8))
			.contains("name=\"Данные\"", "name=\"Инструкция\"");

		try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			Sheet sheet = workbook.getSheetAt(0);
			for (int row = 2; row <= 6; row++) {
				for (int column = 0; column <= 6; column++) {
					assertThat(sheet.getRow(row).getCell(column).getCellStyle().getLocked()).isTrue();
				}
				assertThat(sheet.getRow(row).getCell(7).getCellStyle().getLocked()).isFalse();
				assertThat(sheet.getRow(row).getCell(8).getCellStyle().getLocked()).isFalse();
			}
			assertThat(workbook.getSheetAt(1).getRow(1).getCell(0).getStringCellValue())
				.isEqualTo("Введите каждое значение в столбец «Значение».");
		}
	}

	@Test
	void aFilledTemplateReadsBackWithNumbersTextAndFormulaProblems() throws Exception {
		File file = this.directory.resolve("filled.xlsx").toFile();
		try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(write(spec())));
				OutputStream out = Files.newOutputStream(file.toPath())) {
			Sheet sheet = workbook.getSheetAt(0);
			sheet.getRow(2).getCell(7).setCellValue(1520);
			sheet.getRow(3).getCell(7).setCellValue(0.1 + 0.2);
			sheet.getRow(4).getCell(7).setCellValue("n/a");
			sheet.getRow(4).getCell(8).setCellValue("survey not yet published");
			sheet.getRow(5).getCell(7).setCellFormula("C3*2");
			workbook.write(out);
		}

		List<SourceRow> rows = Samples.readAll(new XlsxReader(file));

		assertThat(rows).extracting(SourceRow::line, SourceRow::value, SourceRow::note, SourceRow::problem)
			.containsExactly(tuple(3L, "1520", null, null), tuple(4L, "0.3", "estimate", null),
					tuple(5L, "n/a", "survey not yet published", null), tuple(6L, null, null, "data.cell.formula"));
		assertThat(rows.get(3).problemDetail()).isEqualTo("H6");
		assertThat(rows).extracting(SourceRow::indicator).containsOnly("LM_OUTFLOW");
		assertThat(rows).extracting(SourceRow::period).containsOnly("2024-Q1");
		assertThat(rows.get(0).dimensions()).isEqualTo(Map.of("SEX", "F", "COUNTERPART_AREA", "RUS"));
		assertThat(rows.get(2).dimensions()).isEqualTo(Map.of("SEX", "F", "COUNTERPART_AREA", "KAZ"));
	}

	static Document part(byte[] xlsx, String name) throws Exception {
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
		return factory.newDocumentBuilder().parse(new ByteArrayInputStream(bytes(xlsx, name)));
	}

	static byte[] bytes(byte[] xlsx, String name) throws IOException {
		try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(xlsx))) {
			for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
				if (entry.getName().equals(name)) {
					return zip.readAllBytes();
				}
			}
		}
		throw new IllegalStateException("No " + name);
	}

	static InputStream stream(byte[] bytes) {
		return new ByteArrayInputStream(bytes);
	}

}
