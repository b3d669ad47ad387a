package org.hamkori.meetings;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.function.Function;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.hamkori.meetings.PaperContent.Count;
import org.hamkori.shared.export.SpreadsheetCells;

/**
 * The attendance list as XLSX (Apache POI): who was present, then the counts by
 * institution and by sex, the total and the quorum. Every text goes through
 * {@link SpreadsheetCells} so a name such as {@code =HYPERLINK(…)} stays text; counts are
 * numbers.
 */
final class AttendanceSheet {

	record Content(String code, String title, String when, List<List<String>> people, List<Count> byInstitution,
			List<Count> bySex, int total, String quorum) {
	}

	private AttendanceSheet() {
	}

	static byte[] write(Content content, Function<String, String> labels) {
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet sheet = workbook.createSheet(WorkbookUtil.createSafeSheetName(content.code()));
			CellStyle bold = workbook.createCellStyle();
			Font font = workbook.createFont();
			font.setBold(true);
			bold.setFont(font);
			int r = 0;
			text(sheet.createRow(r++), bold, content.title());
			text(sheet.createRow(r++), null, content.when());
			r++;
			text(sheet.createRow(r++), bold, labels.apply("attendance.name"), labels.apply("attendance.institution"),
					labels.apply("attendance.substituteFor"), labels.apply("attendance.sex"));
			for (List<String> person : content.people()) {
				text(sheet.createRow(r++), null, person.toArray(String[]::new));
			}
			r++;
			r = counts(sheet, r, bold, labels.apply("attendance.byInstitution"), content.byInstitution());
			r++;
			r = counts(sheet, r, bold, labels.apply("attendance.bySex"), content.bySex());
			r++;
			Row total = sheet.createRow(r++);
			text(total, bold, labels.apply("papers.attendance.total"));
			total.createCell(1).setCellValue(content.total());
			text(sheet.createRow(r), null, content.quorum());
			for (int column = 0; column < 4; column++) {
				sheet.setColumnWidth(column, 32 * 256);
			}
			workbook.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static int counts(Sheet sheet, int r, CellStyle bold, String heading, List<Count> counts) {
		text(sheet.createRow(r++), bold, heading);
		for (Count count : counts) {
			Row row = sheet.createRow(r++);
			text(row, null, count.label());
			row.createCell(1).setCellValue(count.count());
		}
		return r;
	}

	private static void text(Row row, CellStyle style, String... values) {
		for (int i = 0; i < values.length; i++) {
			var cell = row.createCell(i);
			cell.setCellValue(SpreadsheetCells.text(values[i]));
			if (style != null) {
				cell.setCellStyle(style);
			}
		}
	}

}
