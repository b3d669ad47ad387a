package org.hamkori.analytics;

import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;

import com.opencsv.CSVReader;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.hamkori.HamkoriWebTest;
import org.hamkori.XlsxText;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamkori.TestRequests.as;

/**
 * The exports of a table, read back with parsers that did not write them (opencsv for CSV
 * and SDMX-CSV, the JDK's zip and XML readers for XLSX): figures stay numbers, a code
 * that begins like a formula is neutralised, and SDMX-CSV carries the structure, the
 * reference area and every dimension.
 */
@HamkoriWebTest
class AnalyticsExportTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcClient jdbc;

	private byte[] export(String mechanism, String format, String view, int year) {
		return export(mechanism, format, view, year, "labels");
	}

	private byte[] export(String mechanism, String format, String view, int year, String header) {
		MvcTestResult result = this.mvc.get()
			.uri("/mechanisms/{m}/analytics/export?format={f}&view={v}&indicator=DEPARTURES&from={y}&to={y}&header={h}",
					mechanism, format, view, year, year, header)
			.with(as("secretariat.tj"))
			.exchange();
		assertThat(result).hasStatusOk();
		assertThat(result.getResponse().getHeader("Content-Disposition")).startsWith("attachment");
		return result.getResponse().getContentAsByteArray();
	}

	private static List<String[]> csv(byte[] bytes) throws Exception {
		try (CSVReader reader = new CSVReader(
				new InputStreamReader(new ByteArrayInputStream(bytes), StandardCharsets.UTF_8))) {
			return reader.readAll();
		}
	}

	@Test
	void destinationsAsCsvXlsxAndSdmx() throws Exception {
		int year = PublishedFigures.randomYear();
		PublishedFigures figures = PublishedFigures.of(this.jdbc, PublishedFigures.CCM_TJ, "MLME", "MEMBERS")
			.value("DEPARTURES", year, "_T", "RUS", "500", java.time.Instant.parse("2026-02-01T00:00:00Z"))
			.value("DEPARTURES", year, "_T", "KAZ", "120.5", java.time.Instant.parse("2026-02-01T00:00:00Z"))
			.value("DEPARTURES", year, "_T", "=1+2", "7", java.time.Instant.parse("2026-02-01T00:00:00Z"));

		byte[] csv = export("CCM-TJ", "CSV", "DESTINATION", year);
		assertThat(csv).startsWith((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
		List<String[]> rows = csv(csv);
		assertThat(rows.get(0)[0]).endsWith("Destination");
		assertThat(rows.get(0)[1]).isEqualTo(String.valueOf(year));
		assertThat(rows).hasSize(4);
		assertThat(rows.get(1)).containsExactly("Russian Federation", "500");
		assertThat(rows.get(2)).containsExactly("Kazakhstan", "120.5");
		assertThat(rows.get(3)).containsExactly("'=1+2", "7");

		byte[] xlsx = export("CCM-TJ", "XLSX", "DESTINATION", year);
		List<List<String>> cells = XlsxText.rows(xlsx);
		assertThat(cells.get(1)).containsExactly("Russian Federation", "500.0");
		assertThat(cells.get(3)).containsExactly("'=1+2", "7.0");
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			Sheet sheet = workbook.getSheetAt(0);
			assertThat(sheet.getRow(1).getCell(1).getCellType()).isEqualTo(CellType.NUMERIC);
			assertThat(sheet.getRow(1).getCell(1).getNumericCellValue()).isEqualTo(500.0);
			assertThat(sheet.getRow(3).getCell(0).getCellType()).isEqualTo(CellType.STRING);
		}

		List<String[]> sdmx = csv(export("CCM-TJ", "SDMX", "DESTINATION", year));
		// each observation names its data set and source (issue 12: two sets of one
		// indicator are told apart in every export)
		assertThat(sdmx.get(0)).containsExactly("STRUCTURE", "STRUCTURE_ID", "ACTION", "REF_AREA", "INDICATOR", "SEX",
				"AGE", "COUNTERPART_AREA", "ACTIVITY", "OCCUPATION", "EDUCATION", "MIGRANT_CATEGORY", "TIME_PERIOD",
				"OBS_VALUE", "UNIT_MEASURE", "DATA_SET", "DATA_SOURCE", "CONVERSION");
		// rows come in the database's order of codes, which differs between H2 and
		// PostgreSQL: find each by its counterpart
		assertThat(sdmx).hasSize(4);
		assertThat(sdmx.subList(1, 4).stream().filter((row) -> row[7].equals("RUS")).toList()).singleElement()
			.satisfies((row) -> assertThat(row).containsExactly("dataflow", "HAMKORI:DF_DEPARTURES(1.0)", "I", "TJK",
					"DEPARTURES", "_T", "_T", "RUS", "_T", "_T", "_T", "_T", String.valueOf(year), "500", "persons",
					figures.dataSetCode(), "Ministry of Labour, Migration and Employment of Population", ""));
		assertThat(sdmx.subList(1, 4)).extracting((row) -> row[7]).contains("'=1+2").doesNotContain("=1+2");
	}

	@Test
	void csvWithCodesHasAStableMachineHeaderAndXlsxKeepsItsMetadataApart() throws Exception {
		int year = PublishedFigures.randomYear();
		PublishedFigures figures = PublishedFigures.of(this.jdbc, PublishedFigures.CCM_TJ, "MLME", "MEMBERS")
			.value("DEPARTURES", year, "_T", "RUS", "500", java.time.Instant.parse("2026-02-01T09:30:00Z"))
			.value("DEPARTURES", year, "_T", "KAZ", "120.5", java.time.Instant.parse("2026-02-01T09:30:00Z"));

		byte[] csv = export("CCM-TJ", "CSV", "DESTINATION", year, "codes");
		assertThat(csv[0]).as("no byte-order mark for programs").isEqualTo((byte) 'C');
		List<String[]> rows = csv(csv);
		assertThat(rows.get(0)).containsExactly("COUNTERPART_AREA", String.valueOf(year));
		assertThat(rows.subList(1, rows.size())).containsExactlyInAnyOrder(new String[] { "RUS", "500" },
				new String[] { "KAZ", "120.5" });
		// the same header in Russian: codes do not follow the reader's language
		byte[] russian = this.mvc.get()
			.uri("/mechanisms/CCM-TJ/analytics/export?format=CSV&view=DESTINATION&indicator=DEPARTURES&from={y}&to={y}&header=codes&lang=ru",
					year, year)
			.with(as("secretariat.tj"))
			.exchange()
			.getResponse()
			.getContentAsByteArray();
		assertThat(csv(russian).get(0)).containsExactly("COUNTERPART_AREA", String.valueOf(year));

		byte[] xlsx = export("CCM-TJ", "XLSX", "DESTINATION", year);
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			assertThat(workbook.getNumberOfSheets()).isEqualTo(2);
			assertThat(workbook.getSheetAt(0).getLastRowNum()).as("the table alone on the first sheet").isEqualTo(2);
			Sheet about = workbook.getSheetAt(1);
			assertThat(about.getSheetName()).isEqualTo("About this table");
			org.apache.poi.ss.usermodel.Row asOf = java.util.stream.StreamSupport.stream(about.spliterator(), false)
				.filter((r) -> r.getCell(0) != null && "Data as of".equals(r.getCell(0).getStringCellValue()))
				.findFirst()
				.orElseThrow();
			assertThat(org.apache.poi.ss.usermodel.DateUtil.isCellDateFormatted(asOf.getCell(1))).isTrue();
			assertThat(asOf.getCell(1).getLocalDateTimeCellValue())
				.isEqualTo(java.time.LocalDateTime.parse("2026-02-01T09:30:00"));
			assertThat(java.util.stream.StreamSupport.stream(about.spliterator(), false)
				.filter((r) -> r.getCell(1) != null && r.getCell(1).getCellType() == CellType.STRING
						&& figures.dataSetCode().equals(r.getCell(1).getStringCellValue()))
				.count()).as("one row for the column's source").isEqualTo(1);
		}
	}

	@Test
	void theRegionalComparisonNamesEachCountry() throws Exception {
		int year = PublishedFigures.randomYear();
		PublishedFigures.of(this.jdbc, PublishedFigures.CCM_TJ, "MLME", "PUBLIC").total("DEPARTURES", year, "300");
		PublishedFigures.of(this.jdbc, PublishedFigures.CCM_KZ, "MLSPP", "PUBLIC").total("DEPARTURES", year, "40");
		List<String[]> rows = csv(export("RCM", "CSV", "COMPARISON", year));
		assertThat(rows.get(0)).containsExactly("\uFEFFPeriod", "Kazakhstan", "Kyrgyz Republic", "Tajikistan",
				"Uzbekistan");
		assertThat(rows.get(1)).containsExactly(String.valueOf(year), "40", "", "300", "");
		assertThat(csv(export("RCM", "CSV", "COMPARISON", year, "codes")).get(0)).containsExactly("TIME_PERIOD", "KAZ",
				"KGZ", "TJK", "UZB");
		List<String[]> sdmx = csv(export("RCM", "SDMX", "COMPARISON", year));
		assertThat(sdmx).hasSize(3);
		assertThat(sdmx.get(1)[3]).isEqualTo("KAZ");
		assertThat(sdmx.get(2)[3]).isEqualTo("TJK");
		assertThat(sdmx.get(2)[13]).isEqualTo("300");
	}

}
