package org.hamkori.reporting;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.hamkori.HamkoriWebTest;
import org.hamkori.TestRequests;
import org.hamkori.directory.Directory;
import org.hamkori.indicators.Period;
import org.hamkori.indicators.Periodicity;
import org.hamkori.shared.export.SpreadsheetCells;
import org.hamkori.shared.i18n.LocalizedText;
import org.hamkori.shared.security.Visibility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamkori.TestRequests.as;

/**
 * The round trip: 1,000 values with 1 to 12 decimals and up to 15 integer digits,
 * sent through each entry path (the JSON API, a CSV file, an SDMX-CSV file and an XLSX
 * file), approved, and read back from every export (the API, CSV, SDMX-CSV and XLSX read
 * with POI): every figure identical. One monthly total per period, so the 1,000 values
 * fill 84 years below any other test's years and the series of each path is the only one
 * there.
 */
@HamkoriWebTest
class ExactRoundTripTests {

	static final int VALUES = 1000;

	static final int FIRST_YEAR = 1000;

	static final int LAST_YEAR = FIRST_YEAR + (VALUES - 1) / 12;

	/** Numbers read as decimals, never through a double. */
	static final JsonMapper JSON = JsonMapper.builder()
		.enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
		.build();

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Directory directory;

	@Autowired
	DataSets dataSets;

	@Autowired
	Submissions submissions;

	@Autowired
	ReportBatches batches;

	StatisticsTestSupport support;

	@BeforeEach
	void setUp() {
		this.support = new StatisticsTestSupport(this.jdbc, this.directory, this.dataSets);
	}

	@Test
	void aThousandFiguresComeBackIdenticalThroughEveryEntryPathAndEveryExport() throws Exception {
		Random random = new Random(1072);
		Map<String, String> sent = new LinkedHashMap<>();
		for (int i = 0; i < VALUES; i++) {
			sent.put(period(i), DataImportTests.randomFigure(random));
		}
		assertThat(sent.values()).anyMatch((v) -> new BigDecimal(v).precision() > 15)
			.anyMatch((v) -> new BigDecimal(v).precision() <= 15)
			.anyMatch((v) -> new BigDecimal(v).scale() == 12)
			.anyMatch((v) -> new BigDecimal(v).precision() - new BigDecimal(v).scale() == 15);
		String focal = TestRequests.apiToken(this.mvc, "focal.nbt.tj");

		Map<String, Function<Obligation, MvcTestResult>> paths = new LinkedHashMap<>();
		paths.put("API",
				(o) -> this.mvc.post()
					.uri("/api/v1/data-values")
					.header("Authorization", "Bearer " + focal)
					.contentType(MediaType.APPLICATION_JSON)
					.content(json(o, sent))
					.exchange());
		paths.put("CSV", (o) -> file(focal, o, "figures.csv", csv(sent)));
		paths.put("SDMX-CSV", (o) -> file(focal, o, "figures-sdmx.csv", sdmx(sent)));
		paths.put("XLSX", (o) -> file(focal, o, "figures.xlsx", xlsx(sent)));
		paths.put("entry grid", (o) -> grid(o, sent));

		for (Map.Entry<String, Function<Obligation, MvcTestResult>> path : paths.entrySet()) {
			Obligation o = monthlyRemittances();
			MvcTestResult entered = path.getValue().apply(o);
			assertThat(entered).as(path.getKey()).hasStatusOk();
			assertIdentical(path.getKey() + " stored", stored(o), sent);
			approveAll(o);
			String code = this.dataSets.find(o.dataSetId()).orElseThrow().code();
			assertIdentical(path.getKey() + " → API", apiRead(code), sent);
			assertIdentical(path.getKey() + " → CSV", csvExport(), sent);
			assertIdentical(path.getKey() + " → SDMX-CSV", sdmxExport(code), sent);
			assertIdentical(path.getKey() + " → XLSX", xlsxExport(sent), sent);
			// the next path's series is then the only one in these years
			this.jdbc.sql("delete from published_value where data_set_id = ?").param(o.dataSetId()).update();
		}
	}

	static String period(int i) {
		return String.format("%04d-%02d", FIRST_YEAR + i / 12, i % 12 + 1);
	}

	static void assertIdentical(String what, Map<String, BigDecimal> read, Map<String, String> sent) {
		assertThat(read.keySet()).as(what).containsExactlyInAnyOrderElementsOf(sent.keySet());
		List<String> different = new ArrayList<>();
		sent.forEach((period, value) -> {
			if (read.get(period).compareTo(new BigDecimal(value)) != 0) {
				different.add(period + ": sent " + value + ", read " + read.get(period).toPlainString());
			}
		});
		assertThat(different).as(what).isEmpty();
	}

	Obligation monthlyRemittances() {
		var secretariat = this.support.viewer("secretariat.tj");
		DataSet set = this.dataSets.create(StatisticsTestSupport.TJ, StatisticsTestSupport.uniqueCode("RT"),
				LocalizedText.of("en", "Round trip"), Periodicity.MONTHLY, Visibility.MEMBERS,
				List.of(new DataSet.Item("REMITTANCES", List.of(), false, null, null, null, BigDecimal.ONE)),
				secretariat);
		return this.dataSets.addObligation(set.id(), this.support.organisation("NBT", "TJ"), 30,
				Period.of(FIRST_YEAR + "-01"), secretariat);
	}

	Map<String, BigDecimal> stored(Obligation o) {
		Map<String, BigDecimal> values = new LinkedHashMap<>();
		for (Submission s : this.submissions.ofObligation(o.id())) {
			for (Submissions.Value v : this.submissions.values(s.id())) {
				assertThat(values.put(s.period().code(), v.value())).isNull();
			}
		}
		return values;
	}

	void approveAll(Obligation o) {
		List<ReportBatches.Item> items = this.submissions.ofObligation(o.id())
			.stream()
			.map((s) -> new ReportBatches.Item(s.id(), s.version()))
			.toList();
		this.batches.apply(ReportBatches.Action.SUBMIT, items, null, this.support.viewer("focal.nbt.tj"));
		List<ReportBatches.Item> submitted = this.submissions.ofObligation(o.id())
			.stream()
			.map((s) -> new ReportBatches.Item(s.id(), s.version()))
			.toList();
		this.batches.apply(ReportBatches.Action.APPROVE, submitted, null, this.support.viewer("secretariat.tj"));
	}

	/**
	 * Each period's grid posted as the page posts it, the value typed as sent; the answer
	 * of the last post, after every one was checked.
	 */
	MvcTestResult grid(Obligation o, Map<String, String> sent) {
		String page = new String(this.mvc.get()
			.uri("/data/obligations/{id}/periods/{p}?lang=en", o.id(), period(0))
			.with(as("focal.nbt.tj"))
			.exchange()
			.getResponse()
			.getContentAsByteArray(), StandardCharsets.UTF_8);
		java.util.regex.Matcher cell = java.util.regex.Pattern.compile("name=\"(cells\\[v\\.\\d+\\])\"").matcher(page);
		assertThat(cell.find()).as("the grid has a value cell").isTrue();
		String name = cell.group(1);
		assertThat(cell.find()).as("one line: the total").isFalse();
		MvcTestResult last = null;
		for (Map.Entry<String, String> e : sent.entrySet()) {
			last = this.mvc.post()
				.uri("/data/obligations/{id}/periods/{p}?lang=en", o.id(), e.getKey())
				.with(as("focal.nbt.tj"))
				.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
				.param(name, e.getValue())
				.exchange();
			assertThat(last).as(e.getKey()).hasStatusOk();
		}
		return last;
	}

	MvcTestResult file(String token, Obligation o, String name, byte[] content) {
		return this.mvc.post()
			.uri("/api/v1/data-sets/" + o.dataSetId() + "/files")
			.header("Authorization", "Bearer " + token)
			.multipart()
			.file(new MockMultipartFile("file", name, "application/octet-stream", content))
			.exchange();
	}

	static String json(Obligation o, Map<String, String> sent) {
		StringBuilder body = new StringBuilder("{\"obligation\":\"" + o.id() + "\",\"values\":[");
		String separator = "";
		for (Map.Entry<String, String> e : sent.entrySet()) {
			body.append(separator)
				.append("{\"indicator\":\"REMITTANCES\",\"period\":\"")
				.append(e.getKey())
				.append("\",\"value\":\"")
				.append(e.getValue())
				.append("\"}");
			separator = ",";
		}
		return body.append("]}").toString();
	}

	static byte[] csv(Map<String, String> sent) {
		StringBuilder csv = new StringBuilder("INDICATOR,TIME_PERIOD,OBS_VALUE\n");
		sent.forEach(
				(period, value) -> csv.append("REMITTANCES,").append(period).append(',').append(value).append('\n'));
		return csv.toString().getBytes(StandardCharsets.UTF_8);
	}

	static byte[] sdmx(Map<String, String> sent) {
		StringBuilder csv = new StringBuilder("DATAFLOW,REF_AREA,INDICATOR,TIME_PERIOD,OBS_VALUE\n");
		sent.forEach((period, value) -> csv.append("HAMKORI:DF_REMITTANCES(1.0),TJK,REMITTANCES,")
			.append(period)
			.append(',')
			.append(value)
			.append('\n'));
		return csv.toString().getBytes(StandardCharsets.UTF_8);
	}

	/** A sheet as a user's spreadsheet keeps it: numbers where exact, else the digits. */
	static byte[] xlsx(Map<String, String> sent) {
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet sheet = workbook.createSheet("Data");
			Row header = sheet.createRow(0);
			header.createCell(0).setCellValue("INDICATOR");
			header.createCell(1).setCellValue("TIME_PERIOD");
			header.createCell(2).setCellValue("OBS_VALUE");
			int index = 1;
			for (Map.Entry<String, String> e : sent.entrySet()) {
				Row row = sheet.createRow(index++);
				row.createCell(0).setCellValue("REMITTANCES");
				row.createCell(1).setCellValue(e.getKey());
				SpreadsheetCells.figure(row.createCell(2), new BigDecimal(e.getValue()));
			}
			workbook.write(out);
			return out.toByteArray();
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

	Map<String, BigDecimal> apiRead(String dataSetCode) throws Exception {
		String token = TestRequests.apiToken(this.mvc, "secretariat.tj");
		MvcTestResult answer = this.mvc.get()
			.uri("/api/v1/data-values?mechanism=CCM-TJ&indicator=REMITTANCES&from={f}&to={t}&limit=5000", FIRST_YEAR,
					LAST_YEAR)
			.header("Authorization", "Bearer " + token)
			.exchange();
		assertThat(answer).hasStatusOk();
		JsonNode root = JSON.readTree(answer.getResponse().getContentAsString(StandardCharsets.UTF_8));
		Map<String, BigDecimal> read = new LinkedHashMap<>();
		for (JsonNode value : root.get("values")) {
			if (dataSetCode.equals(value.get("dataSet").asString())) {
				read.put(value.get("period").asString(), value.get("value").decimalValue());
			}
		}
		return read;
	}

	byte[] export(String format, String header) throws Exception {
		MvcTestResult answer = this.mvc.get()
			.uri("/mechanisms/CCM-TJ/analytics/export?format={f}&view=SERIES&indicator=REMITTANCES&frequency=MONTHLY"
					+ "&from={a}&to={b}&header={h}", format, FIRST_YEAR, LAST_YEAR, header)
			.with(as("secretariat.tj"))
			.exchange();
		assertThat(answer).as(format).hasStatusOk();
		return answer.getResponse().getContentAsByteArray();
	}

	Map<String, BigDecimal> csvExport() throws Exception {
		Map<String, BigDecimal> read = new LinkedHashMap<>();
		try (CSVParser parser = parse(export("CSV", "codes"))) {
			assertThat(parser.getHeaderNames()).as("one series in these years").hasSize(2);
			for (CSVRecord record : parser) {
				read.put(record.get(0), new BigDecimal(record.get(1)));
			}
		}
		return read;
	}

	Map<String, BigDecimal> sdmxExport(String dataSetCode) throws Exception {
		Map<String, BigDecimal> read = new LinkedHashMap<>();
		try (CSVParser parser = parse(export("SDMX", "labels"))) {
			for (CSVRecord record : parser) {
				assertThat(record.get("DATA_SET")).isEqualTo(dataSetCode);
				read.put(record.get("TIME_PERIOD"), new BigDecimal(record.get("OBS_VALUE")));
			}
		}
		return read;
	}

	/** A CSV export read with its header, by Commons CSV. */
	static CSVParser parse(byte[] csv) throws java.io.IOException {
		return CSVFormat.RFC4180.builder()
			.setHeader()
			.setSkipHeaderRecord(true)
			.get()
			.parse(new StringReader(new String(csv, StandardCharsets.UTF_8)));
	}

	/** The XLSX export read by POI: its rows are the periods in order. */
	Map<String, BigDecimal> xlsxExport(Map<String, String> sent) throws Exception {
		List<BigDecimal> values = new ArrayList<>();
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(export("XLSX", "labels")))) {
			Sheet sheet = workbook.getSheetAt(0);
			assertThat(sheet.getRow(0).getLastCellNum()).as("one series in these years").isEqualTo((short) 2);
			for (int r = 1; r <= sheet.getLastRowNum(); r++) {
				Cell cell = sheet.getRow(r).getCell(1);
				values.add((cell.getCellType() == CellType.NUMERIC) ? BigDecimal.valueOf(cell.getNumericCellValue())
						: new BigDecimal(cell.getStringCellValue()));
			}
		}
		Map<String, BigDecimal> read = new LinkedHashMap<>();
		List<String> periods = new ArrayList<>(sent.keySet());
		for (int i = 0; i < values.size() && i < periods.size(); i++) {
			read.put(periods.get(i), values.get(i));
		}
		assertThat(values).hasSameSizeAs(periods);
		return read;
	}

}
