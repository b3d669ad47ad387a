package org.hamkori.analytics;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.hamkori.analytics.DataTable.Observation;
import org.hamkori.shared.export.SpreadsheetCells;
import org.hamkori.shared.i18n.I18n;

import org.springframework.stereotype.Component;

/**
 * Writes a table as shown on a page: CSV (RFC 4180, UTF-8 with BOM so Excel reads
 * Cyrillic, or with a header of codes for programs), XLSX (numbers as numeric cells, and
 * a second sheet with "data as of" and the sources, dates as dates) and SDMX-CSV 2.0 (one
 * observation per row, in a fixed order). Every text cell goes through
 * {@link SpreadsheetCells#text}, so a code or label that begins like a formula cannot run
 * as one.
 */
@Component
public class AnalyticsExports {

	/** The export formats. */
	public enum Format {

		CSV("csv", "text/csv;charset=UTF-8"),
		XLSX("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
		SDMX("sdmx.csv", "application/vnd.sdmx.data+csv;version=2.0.0;charset=UTF-8");

		private final String extension;

		private final String mediaType;

		Format(String extension, String mediaType) {
			this.extension = extension;
			this.mediaType = mediaType;
		}

		public String extension() {
			return this.extension;
		}

		public String mediaType() {
			return this.mediaType;
		}

	}

	/**
	 * The first row of a CSV: the page's words in the reader's language, or stable codes
	 * for programs (SDMX-style dimension names, ISO alpha-3 areas, period and code keys).
	 */
	public enum Header {

		LABELS, CODES;

		/**
		 * {@code ?header=codes} asks for codes; anything else, or nothing, for labels.
		 */
		public static Header of(String parameter) {
			return "codes".equalsIgnoreCase(parameter) ? CODES : LABELS;
		}

	}

	static final List<String> SDMX_HEADER = List.of("STRUCTURE", "STRUCTURE_ID", "ACTION", "REF_AREA", "INDICATOR",
			"SEX", "AGE", "COUNTERPART_AREA", "ACTIVITY", "OCCUPATION", "EDUCATION", "MIGRANT_CATEGORY", "TIME_PERIOD",
			"OBS_VALUE", "UNIT_MEASURE", "DATA_SET", "DATA_SOURCE", "CONVERSION");

	private final I18n i18n;

	private final ExportMetadata metadata;

	AnalyticsExports(I18n i18n, ExportMetadata metadata) {
		this.i18n = i18n;
		this.metadata = metadata;
	}

	public byte[] write(DataTable table, Format format, Locale locale) {
		return write(table, format, locale, Header.LABELS);
	}

	public byte[] write(DataTable table, Format format, Locale locale, Header header) {
		try {
			return switch (format) {
				case CSV -> (header == Header.CODES) ? csvWithCodes(table) : csv(table, locale);
				case XLSX -> xlsx(table, locale);
				case SDMX -> sdmx(table);
			};
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** A file name such as {@code CCM-TJ-REMITTANCES-series-2023-2025.csv}. */
	public static String fileName(DataTable table, Format format) {
		String range = (table.period() != null) ? table.period() : table.fromYear() + "-" + table.toYear();
		return (table.mechanismCode() + "-" + table.indicator() + "-" + table.view().name().toLowerCase(Locale.ROOT)
				+ "-" + range + "." + format.extension())
			.replaceAll("[^A-Za-z0-9._-]", "_");
	}

	private List<String> header(DataTable table, Locale locale) {
		List<String> header = new ArrayList<>();
		header.add(this.i18n.message("analytics.rows." + table.view().name()));
		table.columns().forEach((c) -> header.add(c.label().in(locale)));
		return header;
	}

	private static String number(BigDecimal value) {
		return (value != null) ? value.stripTrailingZeros().toPlainString() : "";
	}

	byte[] csv(DataTable table, Locale locale) throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		bytes.write(new byte[] { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF });
		try (Writer writer = new OutputStreamWriter(bytes, StandardCharsets.UTF_8);
				CSVPrinter printer = new CSVPrinter(writer, CSVFormat.RFC4180)) {
			printer.printRecord(header(table, locale).stream().map(SpreadsheetCells::text).toList());
			for (DataTable.Row row : table.rows()) {
				List<String> cells = new ArrayList<>();
				cells.add(SpreadsheetCells.text(row.label().in(locale)));
				row.values().forEach((v) -> cells.add(number(v)));
				printer.printRecord(cells);
			}
		}
		return bytes.toByteArray();
	}

	/**
	 * CSV for programs: no byte-order mark, a header of codes ({@code TIME_PERIOD},
	 * {@code SEX} or {@code COUNTERPART_AREA}, then one column per series named by its
	 * reference area, with its data set when a country has several), rows keyed by code.
	 */
	byte[] csvWithCodes(DataTable table) throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (Writer writer = new OutputStreamWriter(bytes, StandardCharsets.UTF_8);
				CSVPrinter printer = new CSVPrinter(writer, CSVFormat.RFC4180)) {
			List<String> header = new ArrayList<>();
			header.add(switch (table.view()) {
				case SEX -> "SEX";
				case DESTINATION -> "COUNTERPART_AREA";
				case SERIES, COMPARISON -> "TIME_PERIOD";
			});
			table.columns().forEach((c) -> header.add(text(columnCode(table, c))));
			printer.printRecord(header);
			for (DataTable.Row row : table.rows()) {
				List<String> cells = new ArrayList<>();
				cells.add(text(row.key()));
				row.values().forEach((v) -> cells.add(number(v)));
				printer.printRecord(cells);
			}
		}
		return bytes.toByteArray();
	}

	/**
	 * A column's code: its period in a breakdown, else its area, plus its data sets when
	 * several.
	 */
	static String columnCode(DataTable table, DataTable.Column column) {
		if (table.view().isBreakdown() && column.key().equals(table.period())) {
			return column.key();
		}
		String area = (column.refArea() != null) ? column.refArea() : column.key();
		String sets = joined(column.sources(), DataTable.Source::dataSet);
		return (column.key().contains(":") && !sets.isEmpty()) ? area + "." + sets : area;
	}

	byte[] xlsx(DataTable table, Locale locale) throws IOException {
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream bytes = new ByteArrayOutputStream()) {
			Sheet sheet = workbook.createSheet(SpreadsheetCells.text(table.indicator()));
			List<String> header = header(table, locale);
			Row first = sheet.createRow(0);
			for (int i = 0; i < header.size(); i++) {
				first.createCell(i).setCellValue(SpreadsheetCells.text(header.get(i)));
			}
			int index = 1;
			for (DataTable.Row row : table.rows()) {
				Row line = sheet.createRow(index++);
				line.createCell(0).setCellValue(SpreadsheetCells.text(row.label().in(locale)));
				for (int i = 0; i < row.values().size(); i++) {
					BigDecimal value = row.values().get(i);
					Cell cell = line.createCell(i + 1);
					if (value != null) {
						// a number only when a double keeps every digit, else the exact
						// text
						SpreadsheetCells.figure(cell, value);
					}
				}
			}
			sheet.createFreezePane(1, 1);
			for (int column = 0; column < header.size(); column++) {
				sheet.setColumnWidth(column, 20 * 256);
			}
			this.metadata.write(workbook, table, locale);
			workbook.write(bytes);
			return bytes.toByteArray();
		}
	}

	byte[] sdmx(DataTable table) throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		String structure = "HAMKORI:DF_" + table.indicator() + "(1.0)";
		try (Writer writer = new OutputStreamWriter(bytes, StandardCharsets.UTF_8);
				CSVPrinter printer = new CSVPrinter(writer, CSVFormat.RFC4180)) {
			printer.printRecord(SDMX_HEADER);
			for (Observation o : sorted(table.observations())) {
				DataTable.Column column = table.column(o.column());
				List<DataTable.Source> sources = (column != null) ? column.sources() : List.of();
				printer.printRecord(text("dataflow"), text(structure), text("I"), text(o.refArea()),
						text(table.indicator()), text(o.sex()), text("_T"), text(o.counterpartArea()), text("_T"),
						text("_T"), text("_T"), text("_T"), text(o.period()), number(o.value()), text(table.unit()),
						text(joined(sources, DataTable.Source::dataSet)), text(joined(sources, SeriesSources::english)),
						text(joined(sources, (s) -> (s.conversion() != null)
								? s.conversion() + " of " + s.frequency().name() : "")));
			}
		}
		return bytes.toByteArray();
	}

	/**
	 * Observations in one order whatever the database's collation of codes: by area,
	 * period, sex, counterpart and column.
	 */
	private static List<Observation> sorted(List<Observation> observations) {
		return observations.stream()
			.sorted(java.util.Comparator.comparing(Observation::refArea)
				.thenComparing(Observation::period)
				.thenComparing(Observation::sex)
				.thenComparing(Observation::counterpartArea)
				.thenComparing(Observation::column))
			.toList();
	}

	/** The sources' values, distinct, joined with " + " (one for a plain series). */
	static String joined(List<DataTable.Source> sources, java.util.function.Function<DataTable.Source, String> value) {
		return sources.stream().map(value).filter((v) -> !v.isEmpty()).distinct().collect(Collectors.joining(" + "));
	}

	private static String text(String value) {
		return SpreadsheetCells.text(value);
	}

}
