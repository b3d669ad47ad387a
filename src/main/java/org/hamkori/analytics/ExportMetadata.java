package org.hamkori.analytics;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Locale;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import org.hamkori.shared.export.SpreadsheetCells;
import org.hamkori.shared.i18n.I18n;

import org.springframework.stereotype.Component;

/**
 * The second sheet of an XLSX export: what the table is (indicator, unit, mechanism,
 * years), "data as of" as a real date and time (UTC), and one row per source of each
 * column with its data set, address and retrieval date as a real date. Kept apart from
 * the figures so that the first sheet holds nothing but the table.
 */
@Component
class ExportMetadata {

	private final I18n i18n;

	ExportMetadata(I18n i18n) {
		this.i18n = i18n;
	}

	void write(XSSFWorkbook workbook, DataTable table, Locale locale) {
		Sheet sheet = workbook.createSheet(SpreadsheetCells.text(this.i18n.message("analytics.meta.sheet")));
		CellStyle dateTime = style(workbook, "yyyy-mm-dd hh:mm");
		CellStyle date = style(workbook, "yyyy-mm-dd");
		int index = 0;
		index = pair(sheet, index, "analytics.meta.indicator", table.indicator());
		index = pair(sheet, index, "analytics.meta.indicatorName", table.indicatorName().in(locale));
		index = pair(sheet, index, "analytics.meta.unit", table.unit());
		index = pair(sheet, index, "analytics.meta.mechanism", table.mechanismCode());
		index = pair(sheet, index, "analytics.meta.view", this.i18n.message(table.view().messageKey()));
		index = (table.period() != null) ? pair(sheet, index, "analytics.meta.period", table.period())
				: pair(sheet, index, "analytics.meta.years", table.fromYear() + "–" + table.toYear());
		if (table.dataAsOf() != null) {
			Row row = label(sheet, index++, "analytics.meta.dataAsOf");
			Cell cell = row.createCell(1);
			cell.setCellValue(LocalDateTime.ofInstant(table.dataAsOf(), ZoneOffset.UTC));
			cell.setCellStyle(dateTime);
			row.createCell(2).setCellValue("UTC");
		}
		index++;
		Row head = sheet.createRow(index++);
		String[] columns = { "analytics.meta.column", "analytics.meta.dataSet", "analytics.meta.dataSetName",
				"analytics.meta.source", "analytics.meta.url", "analytics.meta.retrieved", "analytics.meta.frequency",
				"analytics.meta.conversion" };
		for (int i = 0; i < columns.length; i++) {
			head.createCell(i).setCellValue(SpreadsheetCells.text(this.i18n.message(columns[i])));
		}
		for (DataTable.Column column : table.columns()) {
			for (DataTable.Source source : column.sources()) {
				Row row = sheet.createRow(index++);
				text(row, 0, column.label().in(locale));
				text(row, 1, source.dataSet());
				text(row, 2, source.dataSetName().in(locale));
				text(row, 3, source.name().in(locale));
				text(row, 4, source.url());
				if (source.retrieved() != null) {
					Cell cell = row.createCell(5);
					cell.setCellValue(source.retrieved());
					cell.setCellStyle(date);
				}
				text(row, 6, (source.frequency() != null) ? source.frequency().name() : null);
				text(row, 7, source.conversion());
			}
		}
		for (int i = 0; i < columns.length; i++) {
			sheet.setColumnWidth(i, 24 * 256);
		}
	}

	private int pair(Sheet sheet, int index, String key, String value) {
		text(label(sheet, index, key), 1, value);
		return index + 1;
	}

	private Row label(Sheet sheet, int index, String key) {
		Row row = sheet.createRow(index);
		row.createCell(0).setCellValue(SpreadsheetCells.text(this.i18n.message(key)));
		return row;
	}

	private static void text(Row row, int column, String value) {
		if (value != null) {
			row.createCell(column).setCellValue(SpreadsheetCells.text(value));
		}
	}

	private static CellStyle style(XSSFWorkbook workbook, String format) {
		CellStyle style = workbook.createCellStyle();
		style.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat(format));
		return style;
	}

}
