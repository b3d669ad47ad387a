package org.hamkori.reporting;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.hamkori.HamkoriWebTest;
import org.hamkori.TestClock;
import org.hamkori.directory.Directory;
import org.hamkori.indicators.Period;
import org.hamkori.indicators.Periodicity;
import org.hamkori.shared.i18n.LocalizedText;
import org.hamkori.shared.security.Visibility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamkori.TestRequests.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * Each file layout uploaded through the pages, checked, saved and read back from the
 * stored figures; and the bad files, each ending in a clear message with nothing stored.
 */
@HamkoriWebTest
class FileUploadTests {

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
	DataUploads uploads;

	@Autowired
	UploadHousekeeping housekeeping;

	@org.springframework.beans.factory.annotation.Value("${hamkori.data-dir}")
	String dataDir;

	StatisticsTestSupport support;

	@BeforeEach
	void setUp() {
		this.support = new StatisticsTestSupport(this.jdbc, this.directory, this.dataSets);
	}

	@Test
	void aLongCsvWithSemicolonsDecimalCommasAndABomIsReadBackAndItsMappingRemembered() {
		Obligation o = this.support.remittances(Visibility.MEMBERS);
		String csv = "\uFEFFПоказатель;Период;Страна;Значение;Комментарий\n"
				+ "REMITTANCES;2024-Q1;Российская Федерация;1 234,5;оценка банка\n"
				+ "REMITTANCES;2024-Q1;Казахстан;100,25;\n" + "REMITTANCES;2024-Q1;;1334,75;\n";
		UUID id = upload(o, "переводы.csv", csv.getBytes(StandardCharsets.UTF_8));
		assertThat(this.mvc.get().uri("/data/uploads/" + id).with(as("focal.nbt.tj"))).hasStatusOk()
			.bodyText()
			.contains("Российская Федерация", "<option value=\"COUNTERPART_AREA\" selected=\"selected\"",
					"<option value=\";\" selected=\"selected\"");
		assertThat(this.mvc.get().uri("/data/uploads/" + id).with(as("focal.mol.tj"))).hasStatus(404);

		check(id, Map.of("role[0]", "INDICATOR", "role[1]", "PERIOD", "role[2]", "COUNTERPART_AREA", "role[3]", "VALUE",
				"role[4]", "NOTE", "delimiter", ";", "decimalComma", "on"));
		DataUploads.Upload checked = settle(id);
		assertThat(checked.status()).isEqualTo(DataUploads.Status.CHECKED);
		assertThat(checked.report().problems()).isEmpty();
		assertThat(checked.report().valuesNew()).isEqualTo(3);
		assertThat(this.submissions.current(o.id(), Period.of("2024-Q1"))).as("a check stores nothing").isEmpty();

		save(id);
		assertThat(settle(id).status()).isEqualTo(DataUploads.Status.SAVED);
		Map<String, BigDecimal> stored = stored(o, "2024-Q1");
		assertThat(stored).containsOnlyKeys("RUS", "KAZ", "_T");
		assertThat(stored.get("RUS")).isEqualByComparingTo("1234.5");
		assertThat(stored.get("KAZ")).isEqualByComparingTo("100.25");
		assertThat(stored.get("_T")).isEqualByComparingTo("1334.75");
		assertThat(this.submissions.values(this.submissions.current(o.id(), Period.of("2024-Q1")).orElseThrow().id()))
			.anySatisfy((v) -> assertThat(v.note()).isEqualTo("оценка банка"));

		UUID next = upload(o, "переводы-2.csv", csv.replace("2024-Q1", "2024-Q2").getBytes(StandardCharsets.UTF_8));
		DataUploads.Upload remembered = this.uploads.find(next).orElseThrow();
		assertThat(remembered.options().mapping().role("Страна")).isEqualTo("COUNTERPART_AREA");
		assertThat(remembered.options().mapping().role("Комментарий")).isEqualTo("NOTE");
	}

	@Test
	void aWideCsvWithYearsAsColumnsAndCountryNamesIsReadBack() {
		Obligation o = annualRemittances();
		String csv = "Country Name,2021 [YR2021],2022 [YR2022],2023 [YR2023]\n" + "Russian Federation,100,110,..\n"
				+ "Kazakhstan,20,25,30\n" + "Türkiye,,5,6\n";
		UUID id = upload(o, "wdi.csv", csv.getBytes(StandardCharsets.UTF_8));
		assertThat(this.uploads.find(id).orElseThrow().layout()).isEqualTo(DataUploads.Layout.WIDE);
		// the set has one indicator and the file no indicator column: it is preselected
		assertThat(this.uploads.find(id).orElseThrow().options().fixedIndicator()).isEqualTo("REMITTANCES");
		UUID twoIndicators = upload(this.support.remittances(Visibility.MEMBERS), "wdi.csv",
				csv.getBytes(StandardCharsets.UTF_8));
		assertThat(this.uploads.find(twoIndicators).orElseThrow().options().fixedIndicator()).isNull();
		check(id, Map.of("role[0]", "COUNTERPART_AREA", "delimiter", ",", "fixedIndicator", "REMITTANCES"));
		assertThat(settle(id).report().problems()).isEmpty();
		save(id);
		assertThat(settle(id).status()).isEqualTo(DataUploads.Status.SAVED);
		assertThat(stored(o, "2022")).containsEntry("RUS", new BigDecimal("110"))
			.containsEntry("KAZ", new BigDecimal("25"))
			.containsEntry("TUR", new BigDecimal("5"));
		assertThat(stored(o, "2023")).containsOnlyKeys("KAZ", "TUR");
		assertThat(stored(o, "2021")).containsOnlyKeys("RUS", "KAZ");
	}

	@Test
	void sdmxCsvInBothVersionsIsReadBack() {
		Obligation o = this.support.remittances(Visibility.MEMBERS);
		String v1 = "DATAFLOW,REF_AREA,INDICATOR,COUNTERPART_AREA,TIME_PERIOD,OBS_VALUE,COMMENT\n"
				+ "HAMKORI:DF_REM(1.0),TJK,REMITTANCES,RUS,2024-Q2,55.5,preliminary\n"
				+ "HAMKORI:DF_REM(1.0),TJK,REMITTANCES,_T,2024-Q2,55.5,\n";
		UUID first = upload(o, "rem-1.0.csv", v1.getBytes(StandardCharsets.UTF_8));
		assertThat(settle(first).report().problems()).isEmpty();
		save(first);
		assertThat(settle(first).status()).isEqualTo(DataUploads.Status.SAVED);
		assertThat(stored(o, "2024-Q2")).containsEntry("RUS", new BigDecimal("55.5"));

		String v2 = "STRUCTURE,STRUCTURE_ID,ACTION,REF_AREA,INDICATOR,COUNTERPART_AREA,TIME_PERIOD,OBS_VALUE\n"
				+ "dataflow,HAMKORI:DF_REM(1.0),I,TJK,REMITTANCES: Personal remittances,KAZ: Kazakhstan,2024-Q3,12.5\n"
				+ "dataflow,HAMKORI:DF_REM(1.0),I,TJK,REMITTANCES: Personal remittances,,2024-Q3,12.5\n";
		UUID second = upload(o, "rem-2.0.csv", v2.getBytes(StandardCharsets.UTF_8));
		// 2024-Q2 is only a draft, yet the change against it is flagged: a warning that
		// does not stop the save
		assertThat(settle(second).report().problems())
			.extracting(ImportReport.Problem::key, ImportReport.Problem::severity)
			.containsExactly(
					org.assertj.core.groups.Tuple.tuple("data.rule.change-needs-note", ImportReport.Severity.WARNING));
		save(second);
		assertThat(settle(second).status()).isEqualTo(DataUploads.Status.SAVED);
		assertThat(stored(o, "2024-Q3")).containsEntry("KAZ", new BigDecimal("12.5"))
			.containsEntry("_T", new BigDecimal("12.5"));
	}

	@Test
	void theXlsxTemplateGoesOutAndComesBackFilled() throws Exception {
		Obligation o = this.support.remittances(Visibility.MEMBERS);
		byte[] template = template(o, "2024-Q4");
		byte[] filled = fill(template, Map.of("RUS", "70", "KAZ", "30", "", "100"), null);
		UUID id = upload(o, "template.xlsx", filled);
		DataUploads.Upload checked = settle(id);
		assertThat(checked.layout()).isEqualTo(DataUploads.Layout.XLSX);
		assertThat(checked.report().problems()).isEmpty();
		save(id);
		assertThat(settle(id).status()).isEqualTo(DataUploads.Status.SAVED);
		assertThat(stored(o, "2024-Q4")).containsEntry("RUS", new BigDecimal("70"))
			.containsEntry("KAZ", new BigDecimal("30"))
			.containsEntry("_T", new BigDecimal("100"));

		byte[] again = template(o, "2024-Q4");
		assertThat(org.hamkori.XlsxText.rows(again).stream().flatMap(List::stream)).as("the template holds the report")
			.contains("70.0");
	}

	@Test
	void aFormulaCellIsRefusedAndNothingIsStored() throws IOException {
		Obligation o = this.support.remittances(Visibility.MEMBERS);
		byte[] filled = fill(template(o, "2024-Q4"), Map.of("RUS", "70", "", "100"), "KAZ");
		UUID id = upload(o, "formula.xlsx", filled);
		DataUploads.Upload checked = settle(id);
		assertThat(checked.report().problems()).extracting(ImportReport.Problem::key).contains("data.cell.formula");
		assertThat(this.mvc.get().uri("/data/uploads/" + id).with(as("focal.nbt.tj"))).bodyText()
			.contains("formula")
			.doesNotContain("id=\"save-upload\"");
		assertThat(this.submissions.current(o.id(), Period.of("2024-Q4"))).isEmpty();
	}

	@Test
	void badRowsOfAFileAreNamedByLineAndNothingIsStored() {
		Obligation o = this.support.remittances(Visibility.MEMBERS);
		String csv = "INDICATOR,TIME_PERIOD,COUNTERPART_AREA,OBS_VALUE\n" + "REMITTANCES,2024-Q1,RUS,10\n"
				+ "REMITTANCES,2024-Q1,Atlantis,10\n" + "REMITTANCES,2024-Q1,KAZ,ten\n" + "REMITTANCES,2024-Q1,TUR,-4\n"
				+ "REMITTANCES,2099-Q1,RUS,10\n" + "REMITTANCES,2024-Q1,rus,11\n";
		UUID id = upload(o, "bad.csv", csv.getBytes(StandardCharsets.UTF_8));
		check(id, Map.of("role[0]", "INDICATOR", "role[1]", "PERIOD", "role[2]", "COUNTERPART_AREA", "role[3]", "VALUE",
				"delimiter", ","));
		DataUploads.Upload checked = settle(id);
		assertThat(checked.report().problems()).extracting(ImportReport.Problem::line, ImportReport.Problem::key)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(3L, "data.row.code-unknown"),
					org.assertj.core.groups.Tuple.tuple(4L, "data.row.value-not-number"),
					org.assertj.core.groups.Tuple.tuple(5L, "data.row.value-negative"),
					org.assertj.core.groups.Tuple.tuple(6L, "data.row.period-outside"));
		assertThat(this.mvc.get().uri("/data/uploads/" + id).with(as("focal.nbt.tj"))).bodyText()
			.contains("&quot;Atlantis&quot; is not a code", "&quot;ten&quot; is not a number", "-4 is negative")
			.doesNotContain("id=\"save-upload\"");
		assertThat(this.mvc.post().uri("/data/uploads/" + id + "/save").with(as("focal.nbt.tj")).with(csrf()))
			.hasStatus(302);
		assertThat(settle(id).status()).isEqualTo(DataUploads.Status.CHECKED);
		assertThat(this.submissions.ofObligation(o.id())).isEmpty();

		String duplicate = "INDICATOR,TIME_PERIOD,COUNTERPART_AREA,OBS_VALUE\nREMITTANCES,2024-Q1,RUS,10\n"
				+ "REMITTANCES,2024-Q1,Russian Federation,11\n";
		UUID dup = upload(o, "dup.csv", duplicate.getBytes(StandardCharsets.UTF_8));
		check(dup, Map.of("role[0]", "INDICATOR", "role[1]", "PERIOD", "role[2]", "COUNTERPART_AREA", "role[3]",
				"VALUE", "delimiter", ","));
		assertThat(settle(dup).report().problems()).extracting(ImportReport.Problem::line, ImportReport.Problem::key)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(3L, "data.row.duplicate-conflict"));
		assertThat(this.submissions.ofObligation(o.id())).isEmpty();
	}

	@Test
	void aFileInAnotherEncodingOrEmptyIsRefusedWithAMessage() throws IOException {
		Obligation o = this.support.remittances(Visibility.MEMBERS);
		byte[] cp1251 = "Показатель;Период;Значение\nREMITTANCES;2024-Q1;10\n"
			.getBytes(Charset.forName("windows-1251"));
		MvcTestResult refused = this.mvc.post()
			.uri("/data/obligations/" + o.id() + "/uploads")
			.multipart()
			.file(new MockMultipartFile("file", "cp1251.csv", "text/csv", cp1251))
			.with(as("focal.nbt.tj"))
			.with(csrf())
			.exchange();
		assertThat(refused).hasStatus(302);
		assertThat(refused.getResponse().getRedirectedUrl()).startsWith("/data/obligations/" + o.id() + "?problem=");
		assertThat(shown(refused)).contains("UTF-8", "line 1");
		MvcTestResult empty = this.mvc.post()
			.uri("/data/obligations/" + o.id() + "/uploads")
			.multipart()
			.file(new MockMultipartFile("file", "empty.csv", "text/csv", new byte[0]))
			.with(as("focal.nbt.tj"))
			.with(csrf())
			.exchange();
		assertThat(shown(empty)).isNotBlank().doesNotContain("data.file");
		assertThat(count(o)).isZero();
		assertThat(this.submissions.ofObligation(o.id())).isEmpty();
	}

	@Test
	void anXlsxZipBombIsRefusedWithAMessage() throws IOException {
		Obligation o = this.support.remittances(Visibility.MEMBERS);
		byte[] template = template(o, "2024-Q4");
		byte[] bomb = org.hamkori.formats.ZipBombs.of(template);
		assertThat(bomb.length).isLessThan(300_000);
		UUID id = upload(o, "bomb.xlsx", bomb);
		DataUploads.Upload failed = settle(id);
		assertThat(failed.status()).isEqualTo(DataUploads.Status.FAILED);
		assertThat(this.mvc.get().uri("/data/uploads/" + id).with(as("focal.nbt.tj"))).bodyText()
			.contains("id=\"upload-failure\"")
			.doesNotContain("data.file.");
		assertThat(this.submissions.ofObligation(o.id())).isEmpty();
	}

	@Test
	void uploadsLeftUnsavedAreRemovedWithTheirFiles() throws IOException {
		Obligation o = this.support.remittances(Visibility.MEMBERS);
		UUID id = upload(o, "forgotten.csv",
				"INDICATOR,TIME_PERIOD,OBS_VALUE\nREMITTANCES,2024-Q1,1\n".getBytes(StandardCharsets.UTF_8));
		java.nio.file.Path file = java.nio.file.Path.of(this.dataDir, "uploads", id.toString());
		assertThat(file).exists();
		assertThat(this.housekeeping.removeIdle(java.time.OffsetDateTime.now(TestClock.clock()).minusDays(2))).isZero();
		assertThat(this.uploads.find(id)).isPresent();
		this.housekeeping.removeIdle(java.time.OffsetDateTime.now(TestClock.clock()).plusMinutes(1));
		assertThat(this.uploads.find(id)).isEmpty();
		assertThat(file).doesNotExist();
	}

	Obligation annualRemittances() {
		var secretariat = this.support.viewer("secretariat.tj");
		DataSet set = this.dataSets.create(StatisticsTestSupport.TJ, StatisticsTestSupport.uniqueCode("WDI"),
				LocalizedText.of("en", "Remittances by corridor"), Periodicity.ANNUAL, Visibility.MEMBERS,
				List.of(new DataSet.Item("REMITTANCES", List.of("COUNTERPART_AREA"), false, null, null, null,
						BigDecimal.ONE)),
				secretariat);
		return this.dataSets.addObligation(set.id(), this.support.organisation("NBT", "TJ"), 90, Period.of("2019"),
				secretariat);
	}

	@Test
	void aSaveLeftRunningByANodeThatDiedIsShownFailedAfterItsRestartAndCanBeRunAgain() {
		Obligation o = this.support.remittances(Visibility.MEMBERS);
		String csv = "INDICATOR,TIME_PERIOD,COUNTERPART_AREA,OBS_VALUE\n" + "REMITTANCES,2024-Q3,RUS,10\n"
				+ "REMITTANCES,2024-Q3,_T,10\n";
		UUID id = upload(o, "crash.csv", csv.getBytes(StandardCharsets.UTF_8));
		check(id, Map.of("role[0]", "INDICATOR", "role[1]", "PERIOD", "role[2]", "COUNTERPART_AREA", "role[3]", "VALUE",
				"delimiter", ","));
		assertThat(settle(id).status()).isEqualTo(DataUploads.Status.CHECKED);
		UUID other = upload(o, "elsewhere.csv", csv.getBytes(StandardCharsets.UTF_8));
		// What a kill -9 mid-save leaves: the claim committed, the import's transaction
		// rolled
		// back. One upload was run by this node, one by another node still alive.
		this.jdbc.sql("update data_upload set status = 'SAVING', runner = ? where id = ?")
			.params(this.housekeeping.node(), id)
			.update();
		this.jdbc.sql("update data_upload set status = 'CHECKING', runner = 'node-b:8080' where id = ?")
			.param(other)
			.update();

		this.housekeeping.failAbandonedOnStart();

		DataUploads.Upload failed = this.uploads.find(id).orElseThrow();
		assertThat(failed.status()).isEqualTo(DataUploads.Status.FAILED);
		assertThat(failed.failure()).isEqualTo("data.upload.interrupted");
		assertThat(this.uploads.find(other).orElseThrow().status()).as("another node's run is left alone")
			.isEqualTo(DataUploads.Status.CHECKING);
		assertThat(this.mvc.get().uri("/data/uploads/" + id).with(as("focal.nbt.tj"))).hasStatusOk()
			.bodyText()
			.contains("id=\"upload-failure\"", "the server running it stopped");
		assertThat(this.submissions.current(o.id(), Period.of("2024-Q3"))).isEmpty();

		check(id, Map.of("role[0]", "INDICATOR", "role[1]", "PERIOD", "role[2]", "COUNTERPART_AREA", "role[3]", "VALUE",
				"delimiter", ","));
		assertThat(settle(id).status()).isEqualTo(DataUploads.Status.CHECKED);
		save(id);
		assertThat(settle(id).status()).isEqualTo(DataUploads.Status.SAVED);
		assertThat(stored(o, "2024-Q3").get("RUS")).isEqualByComparingTo("10");

		java.time.OffsetDateTime now = java.time.OffsetDateTime.now(TestClock.clock());
		this.jdbc.sql("update data_upload set updated_at = ? where id = ?")
			.params(now.minusMinutes(UploadHousekeeping.ABANDONED_AFTER_MINUTES + 1), other)
			.update();
		this.housekeeping.failSilentSince(now.minusMinutes(UploadHousekeeping.ABANDONED_AFTER_MINUTES));
		assertThat(this.uploads.find(other).orElseThrow().status()).as("silent for too long: its node died")
			.isEqualTo(DataUploads.Status.FAILED);
	}

	@Test
	void aFileOfSeveralCountriesNamesEveryOtherCountryAndKeepsOnlyTheOwnRowsInOneClick() throws Exception {
		Obligation o = annualRemittances();
		String csv = "Country Name,Country Code,Year,Value\n" + "Tajikistan,TJK,2023,5613000000.25\n"
				+ "Kazakhstan,KAZ,2023,302000000\n" + "Uzbekistan,UZB,2023,11000000000\n"
				+ "Kyrgyz Republic,KGZ,2024,2700000000\n" + "Tajikistan,TJK,2024,6000000000.5\n"
				+ "Kazakhstan,KAZ,2024,310000000\n";
		UUID id = upload(o, "wdi-long.csv", csv.getBytes(StandardCharsets.UTF_8));
		check(id, Map.of("role[0]", "IGNORE", "role[1]", "REF_AREA", "role[2]", "PERIOD", "role[3]", "VALUE",
				"delimiter", ",", "fixedIndicator", "REMITTANCES"));
		DataUploads.Upload refused = settle(id);
		assertThat(refused.report().errors()).isEqualTo(4);
		assertThat(refused.report().problems()).filteredOn((p) -> "data.row.other-countries-found".equals(p.key()))
			.singleElement()
			.satisfies((p) -> assertThat(p.arguments()).containsExactly("4", "KAZ, UZB, KGZ"));
		String page = body("/data/uploads/" + id + "?lang=ru");
		assertThat(page)
			.contains("Оставить только строки моей страны", "/data/uploads/" + id + "/own-country", "KAZ, UZB, KGZ")
			.contains("а страна этого механизма — Таджикистан.")
			.doesNotContain("страна этого механизма — .", "страна этого механизма — TJK");
		assertThat(body("/data/uploads/" + id + "?lang=en")).contains("country is Tajikistan.")
			.doesNotContain("country is TJK", "country is .");

		assertThat(this.mvc.post().uri("/data/uploads/" + id + "/own-country").with(as("focal.nbt.tj")))
			.as("a form post needs its token")
			.hasStatus(403);
		assertThat(this.mvc.post().uri("/data/uploads/" + id + "/own-country").with(as("focal.mol.tj")).with(csrf()))
			.as("someone else's upload")
			.hasStatus(404);
		assertThat(this.mvc.post().uri("/data/uploads/" + id + "/own-country").with(as("focal.nbt.tj")).with(csrf()))
			.hasStatus(302);
		DataUploads.Upload kept = settle(id);
		assertThat(kept.ownCountryOnly()).as("the choice is kept with the upload").isTrue();
		assertThat(kept.report().hasErrors()).isFalse();
		assertThat(kept.report().skipped()).isEqualTo(4);
		assertThat(kept.report().problems()).singleElement()
			.satisfies((p) -> assertThat(p.key()).isEqualTo("data.row.other-countries-skipped"))
			.satisfies((p) -> assertThat(p.arguments()).containsExactly("4", "KAZ, UZB, KGZ"));
		assertThat(body("/data/uploads/" + id + "?lang=ru"))
			.contains("Оставлены только строки вашей страны", "Пропущены строки других отчитывающихся стран",
					"4 (KAZ, UZB, KGZ)")
			.doesNotContain("id=\"keep-own-country\"");
		save(id);
		assertThat(settle(id).status()).isEqualTo(DataUploads.Status.SAVED);
		assertThat(stored(o, "2023")).containsExactly(Map.entry("_T", new BigDecimal("5613000000.25")));
		assertThat(stored(o, "2024")).containsExactly(Map.entry("_T", new BigDecimal("6000000000.5")));
	}

	@Test
	void aGuessThatTakesTheReportingCountryForAPartnerIsShownBeforeTheCheck() throws Exception {
		Obligation o = annualRemittances();
		String csv = "Year,Country,Value\n" + "2023,Tajikistan,5613000000\n" + "2024,Таджикистан,6000000000\n";
		UUID id = upload(o, "own.csv", csv.getBytes(StandardCharsets.UTF_8));
		assertThat(this.uploads.find(id).orElseThrow().options().mapping().role("Country"))
			.as("the guess this warning is about")
			.isEqualTo("COUNTERPART_AREA");
		assertThat(body("/data/uploads/" + id + "?lang=ru")).contains("id=\"counterpart-is-own\"",
				"Столбец «Country» сопоставлен как страна-партнёр, но в нём указана отчитывающаяся страна — Таджикистан");
		assertThat(body("/data/uploads/" + id))
			.contains("The column &quot;Country&quot; is mapped as a partner country");

		String partners = "Year,Country,Value\n" + "2023,Russia,5613000000\n" + "2024,Tajikistan,6000000000\n";
		UUID fine = upload(o, "partners.csv", partners.getBytes(StandardCharsets.UTF_8));
		assertThat(body("/data/uploads/" + fine))
			.as("destinations, one of them the country itself: a real partner column")
			.doesNotContain("counterpart-is-own");
	}

	String body(String uri) throws IOException {
		MvcTestResult page = this.mvc.get().uri(uri).with(as("focal.nbt.tj")).exchange();
		assertThat(page).hasStatusOk();
		return page.getResponse().getContentAsString(StandardCharsets.UTF_8);
	}

	/** The problem the page shows after the redirect of a refused step. */
	String shown(MvcTestResult refused) throws IOException {
		String page = this.mvc.get()
			.uri(refused.getResponse().getRedirectedUrl())
			.with(as("focal.nbt.tj"))
			.exchange()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		int alert = page.indexOf("role=\"alert\"");
		assertThat(alert).as("a problem is shown").isPositive();
		return page.substring(page.indexOf("<p>", alert) + 3, page.indexOf("</p>", alert));
	}

	UUID upload(Obligation o, String name, byte[] content) {
		MvcTestResult result = this.mvc.post()
			.uri("/data/obligations/" + o.id() + "/uploads")
			.multipart()
			.file(new MockMultipartFile("file", name, "application/octet-stream", content))
			.with(as("focal.nbt.tj"))
			.with(csrf())
			.exchange();
		assertThat(result).hasStatus(302);
		String location = result.getResponse().getRedirectedUrl();
		assertThat(location).as("%s", result.getMvcResult().getFlashMap()).startsWith("/data/uploads/");
		return UUID.fromString(location.substring("/data/uploads/".length()));
	}

	void check(UUID id, Map<String, String> form) {
		var request = this.mvc.post().uri("/data/uploads/" + id + "/check").with(as("focal.nbt.tj")).with(csrf());
		form.forEach(request::param);
		assertThat(request).hasStatus(302);
	}

	void save(UUID id) {
		assertThat(this.mvc.post().uri("/data/uploads/" + id + "/save").with(as("focal.nbt.tj")).with(csrf()))
			.hasStatus(302);
	}

	DataUploads.Upload settle(UUID id) {
		for (int i = 0; i < 300; i++) {
			DataUploads.Upload upload = this.uploads.find(id).orElseThrow();
			if (!upload.status().running()) {
				return upload;
			}
			try {
				Thread.sleep(100);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}
		throw new AssertionError("the upload is still running");
	}

	Map<String, BigDecimal> stored(Obligation o, String period) {
		Map<String, BigDecimal> values = new HashMap<>();
		this.jdbc
			.sql("select v.counterpart_area, v.obs_value from data_value v join submission s on s.id = v.submission_id"
					+ " where s.obligation_id = ? and s.period = ? and v.indicator = 'REMITTANCES'")
			.params(o.id(), period)
			.query((rs, n) -> values.put(rs.getString(1), org.hamkori.shared.text.Decimals.exact(rs.getBigDecimal(2))))
			.list();
		return values;
	}

	long count(Obligation o) {
		return this.jdbc.sql("select count(*) from data_upload where obligation_id = ?")
			.param(o.id())
			.query(Long.class)
			.single();
	}

	byte[] template(Obligation o, String period) {
		MvcTestResult result = this.mvc.get()
			.uri("/data/obligations/" + o.id() + "/template.xlsx?period=" + period)
			.with(as("focal.nbt.tj"))
			.exchange();
		assertThat(result).hasStatusOk();
		return result.getResponse().getContentAsByteArray();
	}

	/**
	 * Types values into the template's value column as a user would, on the remittances
	 * rows of the given destinations ("" for the total); one destination gets a formula.
	 */
	static byte[] fill(byte[] template, Map<String, String> values, String formulaAt) throws IOException {
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(template))) {
			Sheet sheet = workbook.getSheetAt(0);
			Row header = null;
			for (Row row : sheet) {
				if (row.getCell(0) != null && "INDICATOR".equals(row.getCell(0).toString())) {
					header = row;
					break;
				}
			}
			assertThat(header).as("the machine header row").isNotNull();
			Map<String, Integer> columns = new HashMap<>();
			for (Cell cell : header) {
				columns.put(cell.toString(), cell.getColumnIndex());
			}
			int area = columns.get("COUNTERPART_AREA");
			int value = columns.get("OBS_VALUE");
			for (Row row : sheet) {
				if (row.getRowNum() <= header.getRowNum() || row.getCell(0) == null
						|| !"REMITTANCES".equals(row.getCell(0).toString())) {
					continue;
				}
				String code = (row.getCell(area) != null) ? row.getCell(area).toString() : "";
				if (code.equals(formulaAt)) {
					row.createCell(value).setCellFormula("1+2");
				}
				else if (values.containsKey(code)) {
					row.createCell(value).setCellValue(Double.parseDouble(values.get(code)));
				}
			}
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			workbook.write(out);
			return out.toByteArray();
		}
	}

}
