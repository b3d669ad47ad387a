package org.hamkori.formats;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.compress.archivers.zip.Zip64Mode;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Writes the XLSX template of a data set and period. The data sheet comes first: a row of
 * headings people read, then the machine header row the upload reads (INDICATOR,
 * INDICATOR_LABEL, PERIOD, each dimension code with a label column, OBS_VALUE, NOTE),
 * then one row per expected value. Everything is locked but the value and note cells, and
 * values must be decimals of at least zero. The instructions sheet follows. Rows are
 * streamed to disk, so a template of many thousand lines needs little memory.
 */
public final class XlsxTemplate {

	/** The first data row, counted from 1: after the headings and the machine header. */
	public static final int FIRST_DATA_ROW = 3;

	public static final String LABEL_SUFFIX = "_LABEL";

	private XlsxTemplate() {
	}

	/**
	 * The machine header of a template with these dimensions.
	 * @param dimensions the catalogue dimension codes, in column order
	 * @return the column names
	 */
	public static List<String> machineHeader(List<String> dimensions) {
		List<String> header = new ArrayList<>(List.of("INDICATOR", "INDICATOR" + LABEL_SUFFIX, "PERIOD"));
		for (String dimension : dimensions) {
			header.add(dimension);
			header.add(dimension + LABEL_SUFFIX);
		}
		header.add("OBS_VALUE");
		header.add("NOTE");
		return header;
	}

	/**
	 * Writes the template.
	 * @param spec what it holds
	 * @param out where to write; not closed
	 * @throws IOException when writing fails
	 */
	public static void write(TemplateSpec spec, OutputStream out) throws IOException {
		SXSSFWorkbook workbook = new SXSSFWorkbook(200);
		// Zip64 extra fields only where needed would leave sizes the JDK's own zip reader
		// refuses.
		workbook.setZip64Mode(Zip64Mode.Never);
		try {
			Styles styles = new Styles(workbook);
			writeData(workbook, spec, styles);
			writeInstructions(workbook, spec, styles);
			if (spec.choices() != null) {
				writeChoices(workbook, spec, styles);
			}
			workbook.write(out);
		}
		finally {
			workbook.close();
		}
	}

	private static void writeData(SXSSFWorkbook workbook, TemplateSpec spec, Styles styles) {
		TemplateSpec.Headings headings = spec.headings();
		SXSSFSheet sheet = workbook.createSheet(WorkbookUtil.createSafeSheetName(headings.dataSheet()));
		List<String> machine = machineHeader(spec.dimensions());
		List<String> human = new ArrayList<>(
				List.of(headings.indicatorCode(), headings.indicatorLabel(), headings.period()));
		for (String dimension : spec.dimensions()) {
			human.add(headings.dimension(dimension));
			human.add("");
		}
		human.add(headings.value());
		human.add(headings.note());
		int valueColumn = machine.size() - 2;
		int noteColumn = machine.size() - 1;

		Row headingRow = sheet.createRow(0);
		Row machineRow = sheet.createRow(1);
		for (int column = 0; column < machine.size(); column++) {
			text(headingRow, column, human.get(column), styles.heading);
			text(machineRow, column, machine.get(column), styles.machine);
			boolean label = machine.get(column).endsWith(LABEL_SUFFIX);
			int width = (column == noteColumn || label) ? 40 : (column == valueColumn) ? 18 : 14;
			sheet.setColumnWidth(column, width * 256);
		}

		int rowIndex = FIRST_DATA_ROW - 1;
		for (TemplateSpec.Line line : spec.lines()) {
			Row row = sheet.createRow(rowIndex++);
			int column = 0;
			text(row, column++, line.indicator().code(), styles.locked);
			text(row, column++, line.indicator().label(), styles.locked);
			text(row, column++, spec.period(), styles.locked);
			for (String dimension : spec.dimensions()) {
				TemplateSpec.Code code = line.dimensions().get(dimension);
				text(row, column++, (code != null) ? code.code() : null, styles.locked);
				text(row, column++, (code != null) ? code.label() : null, styles.locked);
			}
			org.apache.poi.ss.usermodel.Cell value = row.createCell(valueColumn);
			value.setCellStyle(styles.value);
			BigDecimal number = number(line.value());
			if (number != null) {
				// a number only when a double keeps every digit, else the exact text
				org.hamkori.shared.export.SpreadsheetCells.figure(value, number);
			}
			else if (line.value() != null) {
				value.setCellValue(line.value());
			}
			org.apache.poi.ss.usermodel.Cell note = row.createCell(noteColumn);
			note.setCellStyle(styles.note);
			if (line.note() != null) {
				note.setCellValue(line.note());
			}
		}

		if (spec.choices() != null) {
			rowIndex = writeSpareLines(sheet, spec, styles, rowIndex);
		}
		if (rowIndex > FIRST_DATA_ROW - 1) {
			DataValidationHelper helper = sheet.getDataValidationHelper();
			DataValidationConstraint constraint = helper
				.createDecimalConstraint(DataValidationConstraint.OperatorType.GREATER_OR_EQUAL, "0", null);
			DataValidation validation = helper.createValidation(constraint,
					new CellRangeAddressList(FIRST_DATA_ROW - 1, rowIndex - 1, valueColumn, valueColumn));
			validation.setEmptyCellAllowed(true);
			validation.setShowErrorBox(true);
			validation.setErrorStyle(DataValidation.ErrorStyle.STOP);
			validation.createErrorBox(headings.valueErrorTitle(), headings.valueError());
			sheet.addValidationData(validation);
		}
		sheet.createFreezePane(0, FIRST_DATA_ROW - 1);
		protect(sheet);
	}

	/**
	 * Open lines for figures the expected lines do not foresee: the indicator and each
	 * code picked from a list on the codes sheet, the period given.
	 */
	private static int writeSpareLines(SXSSFSheet sheet, TemplateSpec spec, Styles styles, int first) {
		TemplateSpec.Choices choices = spec.choices();
		int rowIndex = first;
		int valueColumn = 3 + 2 * spec.dimensions().size();
		for (int i = 0; i < choices.spareLines(); i++) {
			Row row = sheet.createRow(rowIndex++);
			text(row, 0, null, styles.value);
			text(row, 1, null, styles.locked);
			text(row, 2, spec.period(), styles.locked);
			for (int d = 0; d < spec.dimensions().size(); d++) {
				text(row, 3 + 2 * d, null, styles.value);
				text(row, 4 + 2 * d, null, styles.locked);
			}
			text(row, valueColumn, null, styles.value);
			text(row, valueColumn + 1, null, styles.note);
		}
		if (choices.spareLines() > 0) {
			String sheetName = "'" + WorkbookUtil.createSafeSheetName(choices.sheet()).replace("'", "''") + "'!";
			list(sheet, first, rowIndex - 1, 0, sheetName, 0, choices.indicators().size());
			for (int d = 0; d < spec.dimensions().size(); d++) {
				List<TemplateSpec.Code> codes = choices.codes().get(spec.dimensions().get(d));
				if (codes != null && !codes.isEmpty()) {
					list(sheet, first, rowIndex - 1, 3 + 2 * d, sheetName, 2 + 2 * d, codes.size());
				}
			}
		}
		return rowIndex;
	}

	private static void list(SXSSFSheet sheet, int firstRow, int lastRow, int column, String sheetName, int listColumn,
			int size) {
		String letter = org.apache.poi.ss.util.CellReference.convertNumToColString(listColumn);
		DataValidationHelper helper = sheet.getDataValidationHelper();
		DataValidation validation = helper.createValidation(
				helper.createFormulaListConstraint(sheetName + "$" + letter + "$2:$" + letter + "$" + (size + 1)),
				new CellRangeAddressList(firstRow, lastRow, column, column));
		validation.setEmptyCellAllowed(true);
		validation.setShowErrorBox(true);
		sheet.addValidationData(validation);
	}

	/** The lists the spare lines pick from: indicators, then each dimension's codes. */
	private static void writeChoices(SXSSFWorkbook workbook, TemplateSpec spec, Styles styles) {
		TemplateSpec.Choices choices = spec.choices();
		SXSSFSheet sheet = workbook.createSheet(WorkbookUtil.createSafeSheetName(choices.sheet()));
		List<List<TemplateSpec.Code>> columns = new ArrayList<>();
		List<String> headers = new ArrayList<>(List.of("INDICATOR"));
		columns.add(choices.indicators());
		for (String dimension : spec.dimensions()) {
			headers.add(dimension);
			columns.add(choices.codes().getOrDefault(dimension, List.of()));
		}
		int longest = columns.stream().mapToInt(List::size).max().orElse(0);
		Row header = sheet.createRow(0);
		for (int c = 0; c < headers.size(); c++) {
			text(header, 2 * c, headers.get(c), styles.heading);
			sheet.setColumnWidth(2 * c, 14 * 256);
			sheet.setColumnWidth(2 * c + 1, 40 * 256);
		}
		for (int r = 0; r < longest; r++) {
			Row row = sheet.createRow(r + 1);
			for (int c = 0; c < columns.size(); c++) {
				if (r < columns.get(c).size()) {
					text(row, 2 * c, columns.get(c).get(r).code(), styles.locked);
					text(row, 2 * c + 1, columns.get(c).get(r).label(), styles.wrapped);
				}
			}
		}
		protect(sheet);
	}

	private static void writeInstructions(SXSSFWorkbook workbook, TemplateSpec spec, Styles styles) {
		SXSSFSheet sheet = workbook.createSheet(WorkbookUtil.createSafeSheetName(spec.headings().instructionsSheet()));
		sheet.setColumnWidth(0, 100 * 256);
		int rowIndex = 0;
		for (String line : spec.instructions()) {
			text(sheet.createRow(rowIndex++), 0, line, (rowIndex == 1) ? styles.heading : styles.wrapped);
		}
		protect(sheet);
	}

	/**
	 * Locks the sheet without a password; people may still select cells and widen
	 * columns.
	 */
	private static void protect(SXSSFSheet sheet) {
		sheet.lockSelectLockedCells(false);
		sheet.lockSelectUnlockedCells(false);
		sheet.lockFormatColumns(false);
		sheet.lockFormatRows(false);
		sheet.enableLocking();
	}

	private static void text(Row row, int column, String text, CellStyle style) {
		org.apache.poi.ss.usermodel.Cell cell = row.createCell(column);
		cell.setCellStyle(style);
		if (text != null) {
			cell.setCellValue(text);
		}
	}

	private static BigDecimal number(String value) {
		if (value == null) {
			return null;
		}
		try {
			return new BigDecimal(value.strip());
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

	private static final class Styles {

		final CellStyle heading;

		final CellStyle machine;

		final CellStyle locked;

		final CellStyle wrapped;

		final CellStyle value;

		final CellStyle note;

		Styles(SXSSFWorkbook workbook) {
			Font bold = workbook.createFont();
			bold.setBold(true);
			Font small = workbook.createFont();
			small.setFontHeightInPoints((short) 8);
			small.setColor(IndexedColors.GREY_50_PERCENT.getIndex());

			this.heading = workbook.createCellStyle();
			this.heading.setFont(bold);
			this.heading.setWrapText(true);
			this.heading.setLocked(true);

			this.machine = workbook.createCellStyle();
			this.machine.setFont(small);
			this.machine.setLocked(true);

			this.locked = workbook.createCellStyle();
			this.locked.setLocked(true);
			this.locked.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
			this.locked.setFillPattern(FillPatternType.SOLID_FOREGROUND);

			this.wrapped = workbook.createCellStyle();
			this.wrapped.setWrapText(true);
			this.wrapped.setLocked(true);

			this.value = workbook.createCellStyle();
			this.value.setLocked(false);
			this.value.setBorderBottom(BorderStyle.THIN);
			this.value.setBorderTop(BorderStyle.THIN);
			this.value.setBorderLeft(BorderStyle.THIN);
			this.value.setBorderRight(BorderStyle.THIN);

			this.note = workbook.createCellStyle();
			this.note.cloneStyleFrom(this.value);
			this.note.setWrapText(true);
			this.note.setLocked(false);
		}

	}

}
