package org.hamkori.analytics;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import org.hamkori.HamkoriWebTest;
import org.hamkori.TestClock;
import org.hamkori.TestRequests;
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
 * International reference series (issue 12, decision 0026): the regional secretariat
 * keeps a World Bank set for several countries, its figures are public once saved, and
 * analytics shows them beside the national figures as a series of their own, named by
 * source; a national secretariat may not create one.
 */
@HamkoriWebTest
class ReferenceSeriesTests {

	/**
	 * Three days before the test clock's today: a retrieval date is never in the future.
	 */
	private static final String RETRIEVED = TestClock.today().minusDays(3).toString();

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcClient jdbc;

	private MvcTestResult create(String user, String code) {
		return this.mvc.post()
			.uri("/reference-sets")
			.with(as(user))
			.with(csrf())
			.param("code", code)
			.param("name", "Personal remittances, received (current US$)")
			.param("indicators", "REMITTANCES")
			.param("periodicity", "ANNUAL")
			.param("visibility", "PUBLIC")
			.param("sourceName", "World Bank WDI")
			.param("sourceUrl", "https://data.worldbank.org/indicator/BX.TRF.PWKR.CD.DT")
			.param("sourceRetrieved", RETRIEVED)
			.exchange();
	}

	private MvcTestResult load(String user, UUID set, String csv) {
		return this.mvc.post()
			.uri("/reference-sets/{id}/figures", set)
			.multipart()
			.file(new MockMultipartFile("file", "wdi.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)))
			.with(as(user))
			.with(csrf())
			.exchange();
	}

	private static String code() {
		return "WDI_" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
	}

	/** A new reference set of the regional secretariat, by its id. */
	private UUID newRegionalSet() {
		String code = code();
		assertThat(create("regional", code)).hasStatus(302);
		return setId(code);
	}

	private UUID setId(String code) {
		return this.jdbc.sql("select id from data_set where code = ?").param(code).query(UUID.class).single();
	}

	@Test
	void aReferenceSetOfTheRegionalSecretariatIsPublicAndShownBesideTheNationalFigures() {
		int year = PublishedFigures.randomYear();
		PublishedFigures.of(this.jdbc, PublishedFigures.CCM_TJ, "NBT", "PUBLIC").total("REMITTANCES", year, "2000");
		String code = code();
		MvcTestResult created = create("regional", code);
		assertThat(created).hasStatus(302);
		UUID set = setId(code);
		// the World Bank's long layout, two countries, one figure with every decimal
		String csv = """
				Country Name,Country Code,Year,Value
				Tajikistan,TJK,%d,2123.456789012345
				Russian Federation,RUS,%d,7000
				Tajikistan,TJK,%d,..
				""".formatted(year, year, year + 1).replace("2123.456789012345", "2123.456789012");
		assertThat(load("regional", set, csv)).hasStatus(302).hasRedirectedUrl("/reference-sets/" + set + "?saved=2");

		// public at once: another country's secretariat sees it on its page, with its
		// source, address and retrieval date
		assertThat(this.mvc.get().uri("/reference-sets/{id}?lang=en", set).with(as("secretariat.kz"))).hasStatusOk()
			.bodyText()
			.contains("World Bank WDI", "https://data.worldbank.org/indicator/BX.TRF.PWKR.CD.DT", RETRIEVED)
			.doesNotContain("Load figures");

		// beside the national figures, as a series of its own, named by source
		String page = new String(this.mvc.get()
			.uri("/mechanisms/CCM-TJ/analytics?view=SERIES&indicator=REMITTANCES&from={y}&to={y}&lang=en", year, year)
			.with(as("secretariat.kz"))
			.exchange()
			.getResponse()
			.getContentAsByteArray(), StandardCharsets.UTF_8);
		assertThat(page).contains(">2,000<", ">2,123.456789012<", "National Bank of Tajikistan", "World Bank WDI")
			.doesNotContain("4123.456789012")
			.doesNotContain("4,123.456789012")
			.doesNotContain(">7000<")
			.doesNotContain(">7,000<");
		String comparison = new String(this.mvc.get()
			.uri("/mechanisms/RCM/analytics?view=COMPARISON&indicator=REMITTANCES&from={y}&to={y}&lang=en", year, year)
			.with(as("regional"))
			.exchange()
			.getResponse()
			.getContentAsByteArray(), StandardCharsets.UTF_8);
		assertThat(comparison).contains("Tajikistan — World Bank WDI", "Tajikistan — National Bank of Tajikistan");

		// the API names every row's data set, source and country
		String json = new String(this.mvc.get()
			.uri("/api/v1/data-values?mechanism=CCM-TJ&indicator=REMITTANCES&from={y}&to={y}", year, year)
			.header("Authorization", "Bearer " + TestRequests.apiToken(this.mvc, "secretariat.kz"))
			.exchange()
			.getResponse()
			.getContentAsByteArray(), StandardCharsets.UTF_8);
		assertThat(JsonPath.<List<String>>read(json, "$.values[*].source"))
			.containsExactlyInAnyOrder("National Bank of Tajikistan", "World Bank WDI");
		assertThat(JsonPath.<List<String>>read(json, "$.values[?(@.reference == true)].dataSet")).containsExactly(code);
		assertThat(JsonPath.<List<String>>read(json, "$.values[*].refArea")).containsOnly("TJK");
		assertThat(json).contains("\"value\":2123.456789012", "\"periodicity\":\"ANNUAL\"",
				"\"sourceUrl\":\"https://data.worldbank.org/indicator/BX.TRF.PWKR.CD.DT\"");
	}

	/**
	 * The test: a file in the World Bank's long layout ({@code Country Name,
	 * Country Code, Year, Value}) with 60 countries, loaded as is by the regional
	 * secretariat and read back exactly, every digit of every figure.
	 */
	@Test
	void aWorldBankFileOfSixtyCountriesIsLoadedAsIsAndReadBackExactly() {
		UUID set = newRegionalSet();
		java.util.Random random = new java.util.Random(1960);
		List<com.ibm.icu.util.Region> countries = sixtyCountries();
		StringBuilder csv = new StringBuilder("Country Name,Country Code,Year,Value\n");
		java.util.Map<String, java.math.BigDecimal> sent = new java.util.TreeMap<>();
		for (com.ibm.icu.util.Region country : countries) {
			String name = new com.ibm.icu.util.ULocale("", country.toString())
				.getDisplayCountry(com.ibm.icu.util.ULocale.ENGLISH);
			String alpha3 = new com.ibm.icu.util.ULocale("und", country.toString()).getISO3Country();
			for (int year = 2019; year <= 2023; year++) {
				java.math.BigDecimal value = java.math.BigDecimal.valueOf(1 + random.nextLong(999_999_999_999_999L))
					.movePointLeft(random.nextInt(13));
				csv.append('"')
					.append(name)
					.append("\",")
					.append(alpha3)
					.append(',')
					.append(year)
					.append(',')
					.append(value.toPlainString())
					.append('\n');
				sent.put(alpha3 + " " + year, value);
			}
		}
		assertThat(load("regional", set, csv.toString())).hasStatus(302)
			.hasRedirectedUrl("/reference-sets/" + set + "?saved=300");
		java.util.Map<String, java.math.BigDecimal> read = new java.util.TreeMap<>();
		this.jdbc.sql("select ref_area, period, obs_value from published_value where data_set_id = ?")
			.param(set)
			.query((rs, n) -> read.put(rs.getString(1) + " " + rs.getString(2), rs.getBigDecimal(3)))
			.list();
		assertThat(read.keySet()).isEqualTo(sent.keySet());
		sent.forEach((key, value) -> assertThat(read.get(key)).as(key).isEqualByComparingTo(value));
	}

	/**
	 * The World Bank's wide bulk file exactly as published: a byte order mark, its four
	 * metadata lines, a column a year from 1960 with every cell quoted and a comma
	 * closing each line, the years without a figure empty, and the indicator given by its
	 * WDI code, which the catalogue knows as remittances.
	 */
	@Test
	void theWorldBankWideBulkFileOfSixtyCountriesIsLoadedAsIsAndReadBackExactly() {
		UUID set = newRegionalSet();
		java.util.Random random = new java.util.Random(2024);
		StringBuilder csv = new StringBuilder("\uFEFF\"Data Source\",\"World Development Indicators\",\n\n")
			.append("\"Last Updated Date\",\"2025-01-28\",\n\n")
			.append("\"Country Name\",\"Country Code\",\"Indicator Name\",\"Indicator Code\",");
		for (int year = 1960; year <= 2024; year++) {
			csv.append('"').append(year).append("\",");
		}
		csv.append('\n');
		java.util.Map<String, java.math.BigDecimal> sent = new java.util.TreeMap<>();
		for (com.ibm.icu.util.Region country : sixtyCountries()) {
			String name = new com.ibm.icu.util.ULocale("", country.toString())
				.getDisplayCountry(com.ibm.icu.util.ULocale.ENGLISH);
			String alpha3 = new com.ibm.icu.util.ULocale("und", country.toString()).getISO3Country();
			csv.append('"')
				.append(name)
				.append("\",\"")
				.append(alpha3)
				.append("\",\"Personal remittances, received (current US$)\",\"BX.TRF.PWKR.CD.DT\",");
			for (int year = 1960; year <= 2024; year++) {
				String cell = "";
				if (year >= 2015 && random.nextInt(6) > 0) {
					java.math.BigDecimal value = java.math.BigDecimal.valueOf(1 + random.nextLong(999_999_999_999_999L))
						.movePointLeft(random.nextInt(13));
					cell = value.toPlainString();
					sent.put(alpha3 + " " + year, value);
				}
				csv.append('"').append(cell).append("\",");
			}
			csv.append('\n');
		}
		// the bulk file lists regions and income groups beside the countries
		for (String group : List.of("\"Africa Eastern and Southern\",\"AFE\"", "\"World\",\"WLD\"",
				"\"High income\",\"HIC\"")) {
			csv.append(group).append(",\"Personal remittances, received (current US$)\",\"BX.TRF.PWKR.CD.DT\",");
			csv.append("\"\",".repeat(2024 - 1960)).append("\"123456789.5\",\n");
		}
		assertThat(load("regional", set, csv.toString())).hasStatus(302)
			.hasRedirectedUrl("/reference-sets/" + set + "?saved=" + sent.size() + "&groups=AFE-HIC-WLD");
		// the API says the same: what was saved and, by code, what was left out
		MvcTestResult byApi = this.mvc.post()
			.uri("/api/v1/reference-sets/{id}/figures", set)
			.multipart()
			.file(new MockMultipartFile("file", "wdi.csv", "text/csv", csv.toString().getBytes(StandardCharsets.UTF_8)))
			.header("Authorization", "Bearer " + TestRequests.apiToken(this.mvc, "regional"))
			.header("Accept-Language", "ru")
			.exchange();
		assertThat(byApi).hasStatusOk();
		assertThat(byApi).bodyJson().extractingPath("$.saved").asNumber().isEqualTo(sent.size());
		assertThat(byApi).bodyJson().extractingPath("$.groupsLeftOut").asArray().containsExactly("AFE", "HIC", "WLD");
		assertThat(byApi).bodyJson()
			.extractingPath("$.notice")
			.asString()
			.isEqualTo("Регионы и группы стран пропущены, так как это не страны: AFE, HIC, WLD.");
		assertThat(byApi).bodyJson().extractingPath("$.referenceSet.figures").asNumber().isEqualTo(sent.size());
		assertThat(this.mvc.get()
			.uri("/reference-sets/" + set + "?saved=1&groups=AFE-HIC-WLD&lang=ru")
			.with(as("regional"))).bodyText()
			.contains("Регионы и группы стран пропущены, так как это не страны: AFE, HIC, WLD.");
		assertThat(
				this.mvc.get().uri("/reference-sets/" + set + "?saved=1&groups=Call+us&lang=ru").with(as("regional")))
			.bodyText()
			.doesNotContain("Call us", "Регионы и группы стран");
		java.util.Map<String, java.math.BigDecimal> read = new java.util.TreeMap<>();
		this.jdbc.sql("select ref_area, period, obs_value, indicator from published_value where data_set_id = ?")
			.param(set)
			.query((rs, n) -> {
				assertThat(rs.getString(4)).isEqualTo("REMITTANCES");
				return read.put(rs.getString(1) + " " + rs.getString(2), rs.getBigDecimal(3));
			})
			.list();
		assertThat(read.keySet()).hasSize(sent.size()).isEqualTo(sent.keySet());
		sent.forEach((key, value) -> assertThat(read.get(key)).as(key).isEqualByComparingTo(value));
	}

	/** Sixty ISO countries, in code order. */
	private static List<com.ibm.icu.util.Region> sixtyCountries() {
		return com.ibm.icu.util.Region.getAvailable(com.ibm.icu.util.Region.RegionType.TERRITORY)
			.stream()
			.filter((r) -> r.getNumericCode() > 0)
			.filter((r) -> !new com.ibm.icu.util.ULocale("und", r.toString()).getISO3Country().isEmpty())
			.sorted(java.util.Comparator.comparing(com.ibm.icu.util.Region::toString))
			.limit(60)
			.toList();
	}

	@Test
	void aNationalSecretariatCannotCreateOrFillAReferenceSet() {
		String code = code();
		assertThat(create("secretariat.tj", code)).hasStatus(403);
		assertThat(
				this.jdbc.sql("select count(*) from data_set where code = ?").param(code).query(Integer.class).single())
			.isZero();
		assertThat(this.mvc.get().uri("/reference-sets?lang=en").with(as("secretariat.tj"))).hasStatusOk()
			.bodyText()
			.doesNotContain("Create reference series");

		String kept = code();
		assertThat(create("admin", kept)).hasStatus(302);
		assertThat(load("secretariat.tj", setId(kept), "REF_AREA,TIME_PERIOD,OBS_VALUE\nTJK,2020,1\n")).hasStatus(403);
		MockMultipartFile file = new MockMultipartFile("file", "wdi.csv", "text/csv",
				"REF_AREA,TIME_PERIOD,OBS_VALUE\nTJK,2020,1\nXX,2020,2\n".getBytes(StandardCharsets.UTF_8));
		assertThat(this.mvc.post()
			.uri("/api/v1/reference-sets/{id}/figures", setId(kept))
			.multipart()
			.file(file)
			.header("Authorization", "Bearer " + TestRequests.apiToken(this.mvc, "secretariat.tj"))).hasStatus(403);
		// the keeper by API: every problem by line, nothing saved
		MvcTestResult refused = this.mvc.post()
			.uri("/api/v1/reference-sets/{id}/figures", setId(kept))
			.multipart()
			.file(file)
			.header("Authorization", "Bearer " + TestRequests.apiToken(this.mvc, "regional"))
			.exchange();
		assertThat(refused).hasStatus(422)
			.bodyJson()
			.extractingPath("$.problems[0].message")
			.asString()
			.contains("Line 3");
		assertThat(this.jdbc.sql("select count(*) from published_value where data_set_id = ?")
			.param(setId(kept))
			.query(Integer.class)
			.single()).isZero();
	}

	@Test
	void aFileWithProblemsIsRefusedLineByLineAndNothingIsSaved() {
		String code = code();
		assertThat(create("regional", code)).hasStatus(302);
		UUID set = setId(code);
		MvcTestResult refused = load("regional", set, """
				REF_AREA,TIME_PERIOD,OBS_VALUE
				TJK,2020,10
				XYZ,2020,1
				UZB,2020-Q1,1
				KAZ,2020,1.1234567890123
				""");
		assertThat(refused).hasStatusOk()
			.bodyText()
			.contains("Line 3: XYZ is not an ISO 3166-1 country code.")
			.contains("Line 4: 2020-Q1 is not a period of the periodicity of this series.")
			.contains("Line 5: the value is not a number that can be kept exactly");
		assertThat(this.jdbc.sql("select count(*) from published_value where data_set_id = ?")
			.param(set)
			.query(Integer.class)
			.single()).isZero();
		assertThat(create("regional", code())).hasStatus(302);
		MvcTestResult noSource = this.mvc.post()
			.uri("/reference-sets")
			.with(as("regional"))
			.with(csrf())
			.param("code", code())
			.param("name", "Without source")
			.param("indicators", "REMITTANCES")
			.param("periodicity", "ANNUAL")
			.param("sourceName", "")
			.param("sourceUrl", "javascript:alert(1)")
			.param("sourceRetrieved", RETRIEVED)
			.exchange();
		assertThat(noSource).hasStatusOk().bodyText().contains("Name the source");
		MvcTestResult future = this.mvc.post()
			.uri("/reference-sets?lang=en")
			.with(as("regional"))
			.with(csrf())
			.param("code", code())
			.param("name", "From the future")
			.param("indicators", "REMITTANCES")
			.param("periodicity", "ANNUAL")
			.param("sourceName", "IMF")
			.param("sourceUrl", "javascript:alert(1)")
			.param("sourceRetrieved", TestClock.today().plusDays(1).toString())
			.exchange();
		assertThat(future).hasStatusOk()
			.bodyText()
			.contains("must be a web address")
			.contains("Give the date the figures were retrieved (not in the future).")
			.contains("From the future");
	}

}
