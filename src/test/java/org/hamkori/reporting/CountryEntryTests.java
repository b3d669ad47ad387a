package org.hamkori.reporting;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.hamkori.HamkoriWebTest;
import org.hamkori.directory.Directory;
import org.hamkori.formats.ColumnMapping;
import org.hamkori.formats.CsvOptions;
import org.hamkori.formats.LongCsvReader;
import org.hamkori.indicators.Dimensions;
import org.hamkori.indicators.Period;
import org.hamkori.shared.security.Viewer;
import org.hamkori.shared.security.Visibility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamkori.TestRequests.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * Any ISO 3166-1 country can be stored as a counterpart, by code or by name, and the
 * entry grid and its template offer the usual countries, those already reported and those
 * added, never the reporting country itself.
 */
@HamkoriWebTest
class CountryEntryTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Directory directory;

	@Autowired
	DataSets dataSets;

	@Autowired
	DataImport imports;

	@Autowired
	Submissions submissions;

	StatisticsTestSupport support;

	Viewer focal;

	@BeforeEach
	void setUp() {
		this.support = new StatisticsTestSupport(this.jdbc, this.directory, this.dataSets);
		this.focal = this.support.viewer("focal.nbt.tj");
	}

	Obligation withEgyptAndLibya() throws Exception {
		Obligation o = this.support.remittances(Visibility.MEMBERS);
		String csv = "Indicator,Period,Counterpart,Value\nREMITTANCES,2024-Q1,Egypt,1234.5\n"
				+ "REMITTANCES,2024-Q1,Ливия,7\nREMITTANCES,2024-Q1,AUT,0.25\n";
		CsvOptions options = new CsvOptions(',', false, ColumnMapping.of(Map.of("Indicator", "INDICATOR", "Period",
				"PERIOD", "Counterpart", "COUNTERPART_AREA", "Value", "VALUE")), null, null);
		ImportReport report = this.imports.run(new DataImport.Request(o.id(), false, null),
				new LongCsvReader(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), options), this.focal);
		assertThat(report.stored()).as(report.problems().toString()).isTrue();
		return o;
	}

	@Test
	void aCsvRowWithCounterpartEgyptIsStoredAndReadBack() throws Exception {
		Obligation o = withEgyptAndLibya();
		Submission s = this.submissions.current(o.id(), Period.of("2024-Q1")).orElseThrow();
		int area = Dimensions.CODES.indexOf("COUNTERPART_AREA");
		List<String> read = new ArrayList<>();
		for (Submissions.Value v : this.submissions.values(s.id())) {
			read.add(v.codes().get(area) + "=" + v.value().toPlainString());
		}
		assertThat(read).containsExactlyInAnyOrder("EGY=1234.5", "LBY=7", "AUT=0.25");
	}

	@Test
	void theGridOffersUsedAndAddedCountriesButNotTheReportingCountry() throws Exception {
		Obligation o = withEgyptAndLibya();
		String grid = "/data/obligations/" + o.id() + "/periods/2024-Q1";
		String page = this.mvc.get()
			.uri(grid)
			.with(as("focal.nbt.tj"))
			.exchange()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(page)
			.contains(">Egypt</label>", ">Libya</label>", ">Austria</label>", ">Russian Federation</label>",
					"value=\"1234.5\"", "name=\"areas\"", "<option value=\"FRA\"")
			.doesNotContain(">Tajikistan</label>", "<option value=\"TJK\"", "<option value=\"EGY\"");
		// the next period offers the countries reported in this one
		assertThat(this.mvc.get().uri("/data/obligations/" + o.id() + "/periods/2024-Q2").with(as("focal.nbt.tj")))
			.hasStatusOk()
			.bodyText()
			.contains("Egypt");

		// adding a country keeps what was typed and saves nothing
		String empty = "/data/obligations/" + o.id() + "/periods/2024-Q3";
		String added = this.mvc.post()
			.uri(empty)
			.with(as("focal.nbt.tj"))
			.with(csrf())
			.param("cells[v.1]", "99,5")
			.param("areas", "")
			.param("addCountry", "MDA")
			.param("add", "1")
			.exchange()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(added).contains(">Moldova</label>", "value=\"99,5\"", "value=\"MDA\"");
		assertThat(this.submissions.current(o.id(), Period.of("2024-Q3"))).isEmpty();
	}

	@Test
	void theTemplateOffersTheGridsCountriesNotAllOfIso() throws Exception {
		Obligation o = withEgyptAndLibya();
		byte[] xlsx = this.mvc.get()
			.uri("/data/obligations/" + o.id() + "/template.xlsx?period=2024-Q1")
			.with(as("focal.nbt.tj"))
			.exchange()
			.getResponse()
			.getContentAsByteArray();
		List<String> areas = new ArrayList<>();
		try (Workbook book = WorkbookFactory.create(new ByteArrayInputStream(xlsx))) {
			Sheet sheet = book.getSheetAt(0);
			int column = -1;
			Row machine = sheet.getRow(1);
			for (int c = 0; c < machine.getLastCellNum(); c++) {
				if ("COUNTERPART_AREA".equals(machine.getCell(c).getStringCellValue())) {
					column = c;
				}
			}
			assertThat(column).isNotNegative();
			for (int r = 2; r <= sheet.getLastRowNum(); r++) {
				Row row = sheet.getRow(r);
				if (row != null && row.getCell(column) != null && !row.getCell(column).getStringCellValue().isEmpty()) {
					areas.add(row.getCell(column).getStringCellValue());
				}
			}
			// spare lines pick any country from the full list on the codes sheet
			assertThat(sheet.getDataValidations())
				.anySatisfy((v) -> assertThat(v.getValidationConstraint().getFormula1()).contains("Codes"));
			Sheet codes = book.getSheet("Codes");
			List<String> listed = new ArrayList<>();
			for (int r = 1; r <= codes.getLastRowNum(); r++) {
				Row row = codes.getRow(r);
				for (int c = 0; c < row.getLastCellNum(); c++) {
					if (row.getCell(c) != null) {
						listed.add(row.getCell(c).getStringCellValue());
					}
				}
			}
			assertThat(listed).contains("EGY", "Egypt", "ZWE", "Zimbabwe", "REMITTANCES", "F");
		}
		assertThat(areas).contains("EGY", "LBY", "AUT", "RUS").doesNotContain("TJK", "ZWE");
		assertThat(areas.size()).isLessThan(60);
	}

}
