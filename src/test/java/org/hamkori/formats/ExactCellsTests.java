package org.hamkori.formats;

import java.io.ByteArrayInputStream;
import java.io.File;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.hamkori.shared.export.SpreadsheetCells;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * A figure in an XLSX cell is never rounded: a number only when a spreadsheet's double
 * keeps every digit, else its exact digits as text; and the XLSX reader honours the
 * UNIT_MULT column a file gives. Read back with POI, an independent reader.
 */
class ExactCellsTests {

	@TempDir
	Path directory;

	@Test
	void aFigureIsADoubleOnlyWhenTheDoubleIsExactlyTheFigure() {
		assertThat(SpreadsheetCells.exactDouble(new BigDecimal("0.1"))).isEqualTo(0.1);
		assertThat(SpreadsheetCells.exactDouble(new BigDecimal("5613000000.250"))).isEqualTo(5613000000.25);
		assertThat(SpreadsheetCells.exactDouble(new BigDecimal("123456789012.345"))).as("15 digits")
			.isEqualTo(123456789012.345);
		assertThat(SpreadsheetCells.exactDouble(new BigDecimal("-0.000000000001"))).isEqualTo(-1e-12);
		assertThat(SpreadsheetCells.exactDouble(new BigDecimal("1234567890123.456"))).as("16 digits").isNull();
		assertThat(SpreadsheetCells.exactDouble(new BigDecimal("123456789012345.123456789012"))).isNull();
		assertThat(SpreadsheetCells.exactDouble(new BigDecimal("9007199254740993"))).isNull();
		assertThat(SpreadsheetCells.exactText(new BigDecimal("123456789012345.123456789012000")))
			.isEqualTo("123456789012345.123456789012");
		assertThat(SpreadsheetCells.exactText(new BigDecimal("1E+3"))).isEqualTo("1000");
		assertThat(SpreadsheetCells.exactText(new BigDecimal("0.000"))).isEqualTo("0");
	}

	@Test
	void theTemplateWritesLongFiguresAsTheirExactDigitsAndReadsThemBackUnchanged() throws Exception {
		List<String> figures = List.of("12.5", "123456789012345.123456789012", "0.000000000001", "987654321098765",
				"5613000000.25", "1234567890123.456");
		List<TemplateSpec.Line> lines = figures.stream().map((f) -> XlsxTemplateTests.line(Map.of(), f, null)).toList();
		TemplateSpec base = XlsxTemplateTests.spec();
		TemplateSpec spec = new TemplateSpec(base.period(), base.dimensions(), base.headings(), lines,
				base.instructions());
		byte[] xlsx = XlsxTemplateTests.write(spec);

		try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			Sheet sheet = workbook.getSheetAt(0);
			int valueColumn = 7;
			assertThat(sheet.getRow(2).getCell(valueColumn).getCellType()).isEqualTo(CellType.NUMERIC);
			assertThat(sheet.getRow(2).getCell(valueColumn).getNumericCellValue()).isEqualTo(12.5);
			for (int i = 0; i < figures.size(); i++) {
				org.apache.poi.ss.usermodel.Cell cell = sheet.getRow(2 + i).getCell(valueColumn);
				BigDecimal read = (cell.getCellType() == CellType.NUMERIC)
						? BigDecimal.valueOf(cell.getNumericCellValue()) : new BigDecimal(cell.getStringCellValue());
				assertThat(read).as(figures.get(i)).isEqualByComparingTo(figures.get(i));
			}
			assertThat(sheet.getRow(3).getCell(valueColumn).getCellType()).as("28 digits: text, never rounded")
				.isEqualTo(CellType.STRING);
			assertThat(sheet.getRow(7).getCell(valueColumn).getCellType()).as("16 digits: text")
				.isEqualTo(CellType.STRING);
		}

		File file = this.directory.resolve("template.xlsx").toFile();
		Files.write(file.toPath(), xlsx);
		assertThat(Samples.readAll(new XlsxReader(file))).extracting(SourceRow::value)
			.map(BigDecimal::new)
			.zipSatisfy(figures, (read, sent) -> assertThat(read).isEqualByComparingTo(sent));
	}

	@Test
	void theXlsxReaderHonoursAUnitMultColumn() throws Exception {
		File file = this.directory.resolve("thousands.xlsx").toFile();
		try (Workbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file.toPath())) {
			Sheet sheet = workbook.createSheet("Data");
			Row header = sheet.createRow(0);
			List<String> names = List.of("INDICATOR", "TIME_PERIOD", "OBS_VALUE", "UNIT_MULT");
			for (int i = 0; i < names.size(); i++) {
				header.createCell(i).setCellValue(names.get(i));
			}
			Object[][] rows = { { "LM_OUTFLOW", "2024", 12.5, 3.0 }, { "LM_OUTFLOW", "2025", 7.0, "" },
					{ "LM_OUTFLOW", "2026", 1.0, "thousands" } };
			for (int r = 0; r < rows.length; r++) {
				Row row = sheet.createRow(r + 1);
				row.createCell(0).setCellValue((String) rows[r][0]);
				row.createCell(1).setCellValue((String) rows[r][1]);
				row.createCell(2).setCellValue((Double) rows[r][2]);
				if (rows[r][3] instanceof Double d) {
					row.createCell(3).setCellValue(d);
				}
				else {
					row.createCell(3).setCellValue((String) rows[r][3]);
				}
			}
			workbook.write(out);
		}
		assertThat(Samples.readAll(new XlsxReader(file)))
			.extracting(SourceRow::line, SourceRow::value, SourceRow::unitMultiplier, SourceRow::problem)
			.containsExactly(tuple(2L, "12.5", 3, null), tuple(3L, "7", null, null),
					tuple(4L, null, null, "data.sdmx.unit-mult"));
	}

}
