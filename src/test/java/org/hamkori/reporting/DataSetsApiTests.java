package org.hamkori.reporting;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import com.jayway.jsonpath.JsonPath;
import org.hamkori.HamkoriWebTest;
import org.hamkori.TestRequests;
import org.hamkori.directory.Directory;
import org.hamkori.indicators.Period;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The machine path: a data set and its obligation created through the API, and files sent
 * with a mapping of SDMX concepts, answered with counts or with every problem by line.
 * The answers are read with JsonPath, not with the mapper that wrote them.
 */
@HamkoriWebTest
class DataSetsApiTests {

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

	StatisticsTestSupport support;

	@BeforeEach
	void setUp() {
		this.support = new StatisticsTestSupport(this.jdbc, this.directory, this.dataSets);
	}

	/**
	 * An annual one-indicator set created through the API, reported by the National Bank.
	 */
	String createAnnualSet(String token) throws Exception {
		return createAnnualSet(token, "{\"code\":\"REMITTANCES\",\"dimensions\":[\"COUNTERPART_AREA\"]}");
	}

	/**
	 * An annual set of the indicators given (JSON objects), reported by the National
	 * Bank.
	 */
	String createAnnualSet(String token, String indicators) throws Exception {
		String code = StatisticsTestSupport.uniqueCode("WDI");
		MvcTestResult created = this.mvc.post()
			.uri("/api/v1/data-sets")
			.header("Authorization", "Bearer " + token)
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"mechanism":"CCM-TJ","code":"%s","name":{"en":"Remittances (annual)","ru":"Переводы (год)"},
					 "periodicity":"ANNUAL","visibility":"MEMBERS",
					 "indicators":[%s],
					 "source":{"name":"World Bank WDI","url":"https://data.worldbank.org","retrieved":"2026-11-01"}}"""
				.formatted(code, indicators))
			.exchange();
		assertThat(created).hasStatus(201);
		String body = created.getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat((String) JsonPath.read(body, "$.code")).isEqualTo(code);
		assertThat((String) JsonPath.read(body, "$.name.ru")).isEqualTo("Переводы (год)");
		String id = JsonPath.read(body, "$.id");
		// the source is stored and returned, when created and when read
		String read = this.mvc.get()
			.uri("/api/v1/data-sets/" + id)
			.header("Authorization", "Bearer " + token)
			.exchange()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		for (String json : List.of(body, read)) {
			assertThat((String) JsonPath.read(json, "$.source.name")).isEqualTo("World Bank WDI");
			assertThat((String) JsonPath.read(json, "$.source.url")).isEqualTo("https://data.worldbank.org");
			assertThat((String) JsonPath.read(json, "$.source.retrieved")).isEqualTo("2026-11-01");
		}
		MvcTestResult obligation = this.mvc.post()
			.uri("/api/v1/data-sets/" + id + "/obligations")
			.header("Authorization", "Bearer " + token)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"organisation\":\"" + this.support.organisation("NBT", "TJ")
					+ "\",\"dueDays\":60,\"firstPeriod\":\"2023\",\"lastPeriod\":\"2030\"}")
			.exchange();
		assertThat(obligation).hasStatus(201);
		assertThat((String) JsonPath.read(obligation.getResponse().getContentAsString(), "$.lastPeriod"))
			.isEqualTo("2030");
		return id;
	}

	MvcTestResult send(String token, String set, String csv, String mapping, boolean dryRun) {
		return send(token, set, csv, mapping, dryRun, null);
	}

	MvcTestResult send(String token, String set, String csv, String mapping, boolean dryRun, String key) {
		return send(token, set, csv, mapping, dryRun, key, false);
	}

	MvcTestResult send(String token, String set, String csv, String mapping, boolean dryRun, String key,
			boolean ownCountryOnly) {
		var request = this.mvc.post()
			.uri("/api/v1/data-sets/" + set + "/files")
			.header("Authorization", "Bearer " + token)
			.multipart()
			.file(new MockMultipartFile("file", "wdi.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)))
			.param("dryRun", Boolean.toString(dryRun))
			.param("ownCountryOnly", Boolean.toString(ownCountryOnly));
		if (mapping != null) {
			request = request.param("mapping", mapping);
		}
		if (key != null) {
			request = request.header("Idempotency-Key", key);
		}
		return request.exchange();
	}

	@Test
	void aFileWithAMappingAnswersCountsOrEveryProblemByLine() throws Exception {
		String set = createAnnualSet(TestRequests.apiToken(this.mvc, "secretariat.tj"));
		String token = TestRequests.apiToken(this.mvc, "focal.nbt.tj");
		String mapping = """
				{"Year":"TIME_PERIOD","Destination":"COUNTERPART_AREA","US$":"OBS_VALUE",
				 "Flag":"OBS_STATUS","Mult":"UNIT_MULT","Comment":"IGNORE"}""";

		String bad = "Year,Destination,US$,Flag,Mult,Comment\n" + "2019,RUS,10.5,A,0,fine\n"
				+ "2020,RUS,ten,A,,not a number\n" + "2021,KAZ,0.123456789012,E,-1,tenths\n"
				+ "2022,Atlantis,13,A,0,unknown\n";
		MvcTestResult refused = send(token, set, bad, mapping, false);
		assertThat(refused).hasStatus(422);
		assertThat(refused.getResponse().getContentType()).startsWith("application/problem+json");
		String problem = refused.getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat((Integer) JsonPath.read(problem, "$.status")).isEqualTo(422);
		assertThat((List<Integer>) JsonPath.read(problem, "$.problems[*].line")).containsExactly(3, 4, 5);
		assertThat((List<String>) JsonPath.read(problem, "$.problems[*].code"))
			.containsExactly("data.row.value-not-number", "data.row.unit-mult", "data.row.code-unknown");
		assertThat(this.submissions.ofObligation(obligationOf(set))).isEmpty();

		MvcTestResult unknown = send(token, set, bad, "{\"Year\":\"WHEN\"}", true);
		assertThat(unknown).hasStatus(422);
		assertThat((List<String>) JsonPath.read(unknown.getResponse().getContentAsString(), "$.problems[*].code"))
			.containsExactly("data.api.mapping-concept");

		// one file of four years, 1998 to 2024, becomes one report per year, saved
		// together; 2019 and before are history
		String good = "Year,Destination,US$,Flag,Mult,Comment\n" + "1998,RUS,1.123456789012,A,0,\n"
				+ "2019,RUS,10.5,A,0,\n" + "2023,RUS,12,E,,\n" + "2023,KAZ,3,E,,\n" + "2024,RUS,14,A,0,\n";
		MvcTestResult checked = send(token, set, good, mapping, true);
		assertThat(checked).hasStatusOk();
		assertThat((Boolean) JsonPath.read(checked.getResponse().getContentAsString(), "$.stored")).isFalse();
		assertThat(this.submissions.ofObligation(obligationOf(set))).isEmpty();

		MvcTestResult saved = send(token, set, good, mapping, false);
		assertThat(saved).hasStatusOk();
		String body = saved.getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat((Boolean) JsonPath.read(body, "$.stored")).isTrue();
		assertThat((Integer) JsonPath.read(body, "$.created")).isEqualTo(5);
		assertThat((List<String>) JsonPath.read(body, "$.periods")).containsExactly("1998", "2019", "2023", "2024");
		Map<String, String> reports = JsonPath.read(body, "$.reports");
		assertThat(reports).containsOnlyKeys("1998", "2019", "2023", "2024");
		assertThat(reports.values()).doesNotHaveDuplicates();
		java.util.UUID obligation = obligationOf(set);
		assertThat(this.submissions.ofObligation(obligation)).hasSize(4);
		Submission old = this.submissions.current(obligation, Period.of("1998")).orElseThrow();
		assertThat(old.id().toString()).isEqualTo(reports.get("1998"));
		assertThat(this.submissions.values(old.id()).get(0).value()).isEqualByComparingTo("1.123456789012");

		// the obligation's page lists the history, marked as such, never late
		String page = this.mvc.get()
			.uri("/data/obligations/" + obligation + "?lang=en")
			.with(org.hamkori.TestRequests.as("focal.nbt.tj"))
			.exchange()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).contains("Last period: 2030.", ">1998<", ">2019<", "badge history");
		assertThat(page.split("badge history", -1)).as("two historical years").hasSize(3);
	}

	@Test
	void aFileInThousandsIsMovedExactlyIntoEachIndicatorsOwnUnit() throws Exception {
		// an indicator kept in millions beside REMITTANCES, kept in units
		String millions = StatisticsTestSupport.uniqueCode("MIO");
		assertThat(this.mvc.post()
			.uri("/api/v1/indicators")
			.with(TestRequests.as("regional"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"code":"%s","name":{"en":"Transfers (millions)"},"definition":{"en":"Transfers received."},
					 "source":"Balance of payments","unit":"USD","unitMultiplier":6,
					 "kind":"FLOW","periodicity":"ANNUAL","aggregation":"SUM","dimensions":["COUNTERPART_AREA"]}"""
				.formatted(millions)))
			.hasStatus(201);
		String set = createAnnualSet(TestRequests.apiToken(this.mvc, "secretariat.tj"),
				"{\"code\":\"REMITTANCES\",\"dimensions\":[\"COUNTERPART_AREA\"]},{\"code\":\"" + millions
						+ "\",\"dimensions\":[\"COUNTERPART_AREA\"]}");
		String token = TestRequests.apiToken(this.mvc, "focal.nbt.tj");
		String mapping = """
				{"Series":"INDICATOR","Year":"TIME_PERIOD","Destination":"COUNTERPART_AREA","Value":"OBS_VALUE",
				 "Mult":"UNIT_MULT"}""";

		// in millions, 0.123456789012 thousands would need 15 decimals: refused, not
		// rounded
		String lossy = "Series,Year,Destination,Value,Mult\n" + "REMITTANCES,2023,RUS,0.123456789012,3\n" + millions
				+ ",2023,RUS,0.123456789012,3\n";
		MvcTestResult refused = send(token, set, lossy, mapping, false);
		assertThat(refused).hasStatus(422);
		String problem = refused.getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat((List<Integer>) JsonPath.read(problem, "$.problems[*].line")).containsExactly(3);
		assertThat((List<String>) JsonPath.read(problem, "$.problems[*].code")).containsExactly("data.row.unit-mult");
		assertThat((String) JsonPath.read(problem, "$.problems[0].message")).contains("0.000123456789012");
		assertThat(this.submissions.ofObligation(obligationOf(set))).isEmpty();

		String csv = "Series,Year,Destination,Value,Mult\n" + "REMITTANCES,2023,RUS,2456.789,3\n"
				+ "REMITTANCES,2023,KAZ,0.123456789012,3\n" + millions + ",2023,RUS,2456.789,3\n" + millions
				+ ",2023,KAZ,1.5,3\n" + millions + ",2023,KGZ,7,\n";
		assertThat(send(token, set, csv, mapping, false)).hasStatusOk();
		// SDMX-CSV as ILOSTAT writes it, read without a mapping
		String sdmx = "DATAFLOW,INDICATOR,COUNTERPART_AREA,TIME_PERIOD,OBS_VALUE,UNIT_MULT\n" + "ILO:DF_X(1.0),"
				+ millions + ",UZB,2023,7,3\n" + "ILO:DF_X(1.0),REMITTANCES,UZB,2023,0.5,3\n";
		assertThat(send(token, set, sdmx, null, false)).hasStatusOk();

		Submission report = this.submissions.current(obligationOf(set), Period.of("2023")).orElseThrow();
		Map<String, String> stored = new java.util.TreeMap<>();
		this.submissions.values(report.id())
			.forEach((v) -> stored.put(v.indicator() + " " + v.codes().get(2), v.value().toPlainString()));
		assertThat(stored).containsExactlyInAnyOrderEntriesOf(Map.of("REMITTANCES RUS", "2456789", "REMITTANCES KAZ",
				"123.456789012", "REMITTANCES UZB", "500", millions + " RUS", "2.456789", millions + " KAZ", "0.0015",
				millions + " KGZ", "7", millions + " UZB", "0.007"));
	}

	@Test
	void aRetriedFileWithItsIdempotencyKeyAnswersTheFirstResultAndStoresNothingTwice() throws Exception {
		String set = createAnnualSet(TestRequests.apiToken(this.mvc, "secretariat.tj"));
		String token = TestRequests.apiToken(this.mvc, "focal.nbt.tj");
		String mapping = "{\"Year\":\"TIME_PERIOD\",\"Destination\":\"COUNTERPART_AREA\",\"US$\":\"OBS_VALUE\"}";
		String csv = "Year,Destination,US$\n2023,RUS,10.5\n2024,RUS,11\n";
		String key = "wdi-" + java.util.UUID.randomUUID();

		MvcTestResult first = send(token, set, csv, mapping, false, key);
		assertThat(first).hasStatusOk();
		String answer = first.getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat((Integer) JsonPath.read(answer, "$.created")).isEqualTo(2);
		java.util.UUID obligation = obligationOf(set);
		Submission report = this.submissions.current(obligation, Period.of("2024")).orElseThrow();
		long revisions = this.jdbc.sql("select count(*) from submission where obligation_id = ?")
			.param(obligation)
			.query(Long.class)
			.single();

		// the retry gets the first answer, word for word, and changes nothing
		MvcTestResult retry = send(token, set, csv, mapping, false, key);
		assertThat(retry).hasStatusOk();
		assertThat(retry.getResponse().getHeader("Idempotent-Replayed")).isEqualTo("true");
		assertThat(
				JsonPath.<Map<String, Object>>read(retry.getResponse().getContentAsString(StandardCharsets.UTF_8), "$"))
			.isEqualTo(JsonPath.<Map<String, Object>>read(answer, "$"));
		assertThat(this.jdbc.sql("select count(*) from submission where obligation_id = ?")
			.param(obligation)
			.query(Long.class)
			.single()).isEqualTo(revisions);
		assertThat(this.submissions.current(obligation, Period.of("2024")).orElseThrow().version())
			.isEqualTo(report.version());

		// the key with another file, or another mapping, is refused and runs nothing
		MvcTestResult other = send(token, set, csv.replace("11", "12"), mapping, false, key);
		assertThat(other).hasStatus(422);
		assertThat((String) JsonPath.read(other.getResponse().getContentAsString(StandardCharsets.UTF_8), "$.code"))
			.isEqualTo("data.api.key-reused");
		assertThat(send(token, set, csv, mapping.replace("COUNTERPART_AREA", "IGNORE"), false, key)).hasStatus(422);
		assertThat(this.submissions.values(this.submissions.current(obligation, Period.of("2024")).orElseThrow().id())
			.get(0)
			.value()).isEqualByComparingTo("11");

		// a refused file's answer is kept under its key too
		String refusedKey = "wdi-" + java.util.UUID.randomUUID();
		String bad = "Year,Destination,US$\n2023,Atlantis,1\n";
		MvcTestResult refused = send(token, set, bad, mapping, false, refusedKey);
		assertThat(refused).hasStatus(422);
		MvcTestResult refusedAgain = send(token, set, bad, mapping, false, refusedKey);
		assertThat(refusedAgain).hasStatus(422);
		assertThat(refusedAgain.getResponse().getContentType()).startsWith("application/problem+json");
		assertThat(JsonPath.<List<String>>read(refusedAgain.getResponse().getContentAsString(StandardCharsets.UTF_8),
				"$.problems[*].code"))
			.containsExactly("data.row.code-unknown");
		assertThat(send(token, set, csv, mapping, false, " ")).hasStatus(400);
	}

	/**
	 * UN DESA's International Migrant Stock in its long CSV layout, as published: year,
	 * sex, destination and origin each by name and M49 location code, value. Countries
	 * are read by their M49 codes through ICU, even unpadded ("40", Austria); rows of
	 * WORLD (UN DESA's 900) and of M49 regions are skipped and counted, never stored.
	 */
	@Test
	void aUnDesaMigrantStockFileMapsM49CodesAndSkipsAggregates() throws Exception {
		String set = createAnnualSet(TestRequests.apiToken(this.mvc, "secretariat.tj"),
				"{\"code\":\"EMIGRANT_STOCK\",\"dimensions\":[\"COUNTERPART_AREA\",\"SEX\"]}");
		String token = TestRequests.apiToken(this.mvc, "focal.nbt.tj");
		String csv = """
				Year,Sex,"Region, development group, country or area of destination",Location code of destination,\
				"Region, development group, country or area of origin",Location code of origin,Value
				2020,Both sexes,WORLD,900,Tajikistan,762,612345
				2020,Both sexes,Central Asia,143,Tajikistan,762,51200
				2020,Both sexes,Russian Federation,643,Tajikistan,762,500123
				2020,Male,Russian Federation,643,Tajikistan,762,300000
				2020,Female,Russian Federation,643,Tajikistan,762,200123
				2020,Both sexes,Kazakhstan,398,Tajikistan,762,40000
				2020,Both sexes,Egypt,818,Tajikistan,762,12
				2020,Both sexes,Austria,40,Tajikistan,762,7
				2020,Both sexes,United States of America,840,Tajikistan,762,3210
				2020,Both sexes,Türkiye,792,Tajikistan,762,99
				2015,Both sexes,Germany,276,Tajikistan,762,1500
				""";
		storedSkipping(send(token, set, csv, null, false), 9, 2, "data.row.aggregates-skipped", "900");

		Map<String, String> stored = storedByYearAreaAndSex(set, "2015", "2020");
		assertThat(stored).containsExactlyInAnyOrderEntriesOf(Map.of("2015 DEU _T", "1500", "2020 RUS _T", "500123",
				"2020 RUS M", "300000", "2020 RUS F", "200123", "2020 KAZ _T", "40000", "2020 EGY _T", "12",
				"2020 AUT _T", "7", "2020 USA _T", "3210", "2020 TUR _T", "99"));
	}

	/**
	 * The test: a UN DESA-layout file with 60 destination countries, each by its
	 * English name and unpadded M49 code as UN DESA publishes them, loaded as is (no
	 * mapping) and read back exactly, country by country and sex by sex.
	 */
	@Test
	void aUnDesaFileWithSixtyDestinationsIsLoadedAsIsAndReadBackExactly() throws Exception {
		String set = createAnnualSet(TestRequests.apiToken(this.mvc, "secretariat.tj"),
				"{\"code\":\"EMIGRANT_STOCK\",\"dimensions\":[\"COUNTERPART_AREA\",\"SEX\"]}");
		String token = TestRequests.apiToken(this.mvc, "focal.nbt.tj");
		java.util.Random random = new java.util.Random(60);
		List<com.ibm.icu.util.Region> countries = com.ibm.icu.util.Region
			.getAvailable(com.ibm.icu.util.Region.RegionType.TERRITORY)
			.stream()
			.filter((r) -> r.getNumericCode() > 0 && !r.toString().equals("TJ"))
			.filter((r) -> !new com.ibm.icu.util.ULocale("und", r.toString()).getISO3Country().isEmpty())
			.sorted(java.util.Comparator.comparing(com.ibm.icu.util.Region::toString))
			.limit(60)
			.toList();
		assertThat(countries).hasSize(60);
		StringBuilder csv = new StringBuilder(
				"Year,Sex,\"Region, development group, country or area of destination\",Location code of destination,"
						+ "\"Region, development group, country or area of origin\",Location code of origin,Value\n");
		Map<String, String> sent = new java.util.TreeMap<>();
		String[][] sexes = { { "Both sexes", "_T" }, { "Male", "M" }, { "Female", "F" } };
		for (String year : List.of("2015", "2020")) {
			for (com.ibm.icu.util.Region country : countries) {
				String name = new com.ibm.icu.util.ULocale("", country.toString())
					.getDisplayCountry(com.ibm.icu.util.ULocale.ENGLISH);
				String alpha3 = new com.ibm.icu.util.ULocale("und", country.toString()).getISO3Country();
				for (String[] sex : sexes) {
					String value = String.valueOf(1 + random.nextInt(999_999_999));
					csv.append(year)
						.append(',')
						.append(sex[0])
						.append(",\"")
						.append(name)
						.append("\",")
						.append(country.getNumericCode())
						.append(",Tajikistan,762,")
						.append(value)
						.append('\n');
					sent.put(year + " " + alpha3 + " " + sex[1], value);
				}
			}
		}
		MvcTestResult answer = send(token, set, csv.toString(), null, false);
		assertThat(answer).hasStatusOk();
		assertThat(
				(Integer) JsonPath.read(answer.getResponse().getContentAsString(StandardCharsets.UTF_8), "$.created"))
			.isEqualTo(360);

		Map<String, String> stored = storedByYearAreaAndSex(set, "2015", "2020");
		assertThat(stored).isEqualTo(sent);
	}

	@Test
	void aFileOfSeveralCountriesKeepsOnlyTheOwnCountrysRowsWhenAsked() throws Exception {
		String set = createAnnualSet(TestRequests.apiToken(this.mvc, "secretariat.tj"));
		String token = TestRequests.apiToken(this.mvc, "focal.nbt.tj");
		String csv = "Country Name,Country Code,Year,Value\n" + "Tajikistan,TJK,2023,5613000000\n"
				+ "Kazakhstan,KAZ,2023,302000000\n" + "Uzbekistan,UZB,2023,11000000000\n"
				+ "Tajikistan,TJK,2024,6000000000.5\n";
		MvcTestResult refused = send(token, set, csv, null, false);
		assertThat(refused).hasStatus(422);
		assertThat((List<Integer>) JsonPath.read(refused.getResponse().getContentAsString(StandardCharsets.UTF_8),
				"$.problems[*].line"))
			.as("each other country's row, then one line naming them all")
			.containsExactly(3, 4, 0);

		storedSkipping(send(token, set, csv, null, false, null, true), 2, 2, "data.row.other-countries-skipped", "KAZ");
		Submission report = this.submissions.current(obligationOf(set), Period.of("2024")).orElseThrow();
		assertThat(this.submissions.values(report.id())).singleElement()
			.satisfies((v) -> assertThat(v.value()).isEqualByComparingTo("6000000000.5"));
	}

	@Test
	void filesAndDataSetsKeepThePagesRights() throws Exception {
		String set = createAnnualSet(TestRequests.apiToken(this.mvc, "secretariat.tj"));
		String csv = "Year,US$\n2023,1\n";
		assertThat(send(TestRequests.apiToken(this.mvc, "secretariat.kz"), set, csv, null, false)).hasStatus(404);
		assertThat(this.mvc.post()
			.uri("/api/v1/data-sets")
			.header("Authorization", "Bearer " + TestRequests.apiToken(this.mvc, "focal.nbt.tj"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"mechanism\":\"CCM-TJ\",\"code\":\"NOPE_1\",\"name\":{\"en\":\"x\"},\"periodicity\":\"ANNUAL\","
					+ "\"indicators\":[{\"code\":\"REMITTANCES\"}]}")
			.exchange()).hasStatus(404);
		assertThat(this.mvc.post()
			.uri("/api/v1/data-sets/" + set + "/files")
			.multipart()
			.file(new MockMultipartFile("file", "a.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)))
			.exchange()).hasStatus(401);
	}

	/**
	 * A file stored with some rows skipped as a kind: one warning that counts them and
	 * names the first.
	 */
	/** The stored figures of a data set's years, keyed "year area sex". */
	Map<String, String> storedByYearAreaAndSex(String set, String... years) {
		java.util.UUID obligation = obligationOf(set);
		Map<String, String> stored = new java.util.TreeMap<>();
		for (String year : years) {
			Submission report = this.submissions.current(obligation, Period.of(year)).orElseThrow();
			this.submissions.values(report.id())
				.forEach((v) -> stored.put(year + " " + v.codes().get(2) + " " + v.codes().get(0),
						v.value().toPlainString()));
		}
		return stored;
	}

	static void storedSkipping(MvcTestResult answer, int created, int skipped, String code, String first)
			throws Exception {
		assertThat(answer).hasStatusOk();
		String body = answer.getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat((Integer) JsonPath.read(body, "$.created")).isEqualTo(created);
		assertThat((Integer) JsonPath.read(body, "$.skipped")).isEqualTo(skipped);
		assertThat((List<String>) JsonPath.read(body, "$.problems[*].code")).containsExactly(code);
		assertThat(JsonPath.<String>read(body, "$.problems[0].message")).contains(String.valueOf(skipped), first);
	}

	java.util.UUID obligationOf(String set) {
		return this.dataSets.obligationsOf(java.util.UUID.fromString(set)).get(0).id();
	}

}
