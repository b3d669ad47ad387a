package org.hamkori.analytics;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.math.BigDecimal;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.hamkori.HamkoriWebTest;
import org.hamkori.TestRequests;
import org.hamkori.formats.SdmxCsvReader;
import org.hamkori.formats.SourceRow;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * SDMX REST 2.0 read back by other parsers: the structure message by the official SDMX-ML
 * 3.0 schemas and a DOM, SDMX-CSV by Apache Commons CSV and by Hamkori's own SDMX-CSV
 * import, SDMX-JSON by Jackson. Figures are exact, visible only to whom the one rule
 * allows, and whatever is not offered is refused with the right status.
 */
@HamkoriWebTest
class SdmxRestTests {

	static final String CSV = "application/vnd.sdmx.data+csv;version=2.0.0";

	static final String JSON = "application/vnd.sdmx.data+json;version=2.0.0";

	static final String STRUCTURE = "application/vnd.sdmx.structure+xml;version=3.0.0";

	static final String REMITTANCES = "/sdmx/v2/data/dataflow/HAMKORI/DF_REMITTANCES/*/";

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcClient jdbc;

	private MvcTestResult get(String uri, String accept, String... parameters) {
		MockHttpServletRequestBuilder request = MockMvcRequestBuilders.get(uri).header("Accept", accept);
		for (int i = 0; i < parameters.length; i += 2) {
			request = request.param(parameters[i], parameters[i + 1]);
		}
		return this.mvc.perform(request);
	}

	private static String body(MvcTestResult result) {
		return new String(result.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
	}

	private static List<CSVRecord> csv(MvcTestResult result) throws Exception {
		try (CSVParser parser = CSVFormat.RFC4180.builder()
			.setHeader()
			.setSkipHeaderRecord(true)
			.get()
			.parse(new StringReader(body(result)))) {
			return parser.getRecords();
		}
	}

	@Test
	void theStructureMessageIsValidSdmxMl30AndDescribesEveryFlow() throws Exception {
		long start = System.nanoTime();
		MvcTestResult result = get("/sdmx/v2/structure/dataflow/HAMKORI/*/*", STRUCTURE, "references", "all");
		long took = System.nanoTime() - start;
		long again = System.nanoTime();
		get("/sdmx/v2/structure/dataflow/HAMKORI/*/*", STRUCTURE, "references", "all");
		long warm = System.nanoTime() - again;
		assertThat(result).hasStatusOk();
		assertThat(result.getResponse().getContentType()).startsWith("application/vnd.sdmx.structure+xml")
			.contains("version=3.0.0");
		byte[] xml = result.getResponse().getContentAsByteArray();
		System.out.printf(
				"SDMX structure message (all flows, references=all): %,d bytes in %d ms (first), %d ms (again)%n",
				xml.length, took / 1_000_000, warm / 1_000_000);

		URL schemas = getClass().getResource("/standards/sdmx-ml-3.0/SDMXMessage.xsd");
		SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
		Schema schema = factory.newSchema(schemas);
		schema.newValidator().validate(new StreamSource(new ByteArrayInputStream(xml)));

		DocumentBuilderFactory builders = DocumentBuilderFactory.newInstance();
		builders.setNamespaceAware(true);
		Document document = builders.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
		List<String> flows = ids(document, "Dataflow");
		assertThat(flows).contains("DF_REMITTANCES", "DF_DEPARTURES", "DF_EMIGRANT_STOCK");
		assertThat(ids(document, "DataStructure")).hasSameSizeAs(flows).contains("DSD_DEPARTURES");
		assertThat(ids(document, "Codelist")).contains("CL_FREQ", "CL_AREA", "CL_SEX", "CL_UNIT", "CL_OBS_STATUS",
				"CL_AGE");
		Element departures = byId(document, "DataStructure", "DSD_DEPARTURES");
		List<String> dimensions = new ArrayList<>();
		NodeList list = departures.getElementsByTagNameNS(SdmxStructures.STRUCTURE, "Dimension");
		for (int i = 0; i < list.getLength(); i++) {
			dimensions.add(((Element) list.item(i)).getAttribute("id"));
		}
		assertThat(dimensions).containsExactly("FREQ", "REF_AREA", "COUNTERPART_AREA", "SEX", "AGE", "DATA_SET");
		Element areas = byId(document, "Codelist", "CL_AREA");
		assertThat(areas.getElementsByTagNameNS(SdmxStructures.STRUCTURE, "Code").getLength()).isGreaterThan(240);
		Element units = byId(document, "Codelist", "CL_UNIT");
		assertThat(units.getElementsByTagNameNS(SdmxStructures.STRUCTURE, "Code").item(0)).isNotNull();
		assertThat(body(result)).contains("<str:Code id=\"PS\">", "<str:Code id=\"A5\">", "<str:Code id=\"TJK\">");

		// one flow alone, without its references, is valid too
		MvcTestResult one = get("/sdmx/v2/structure/dataflow/HAMKORI/DF_REMITTANCES/1.0", "application/xml");
		assertThat(one).hasStatusOk();
		schema.newValidator()
			.validate(new StreamSource(new ByteArrayInputStream(one.getResponse().getContentAsByteArray())));
		Document alone = builders.newDocumentBuilder()
			.parse(new ByteArrayInputStream(one.getResponse().getContentAsByteArray()));
		assertThat(ids(alone, "Dataflow")).containsExactly("DF_REMITTANCES");
		assertThat(ids(alone, "Codelist")).isEmpty();
	}

	private static List<String> ids(Document document, String element) {
		List<String> ids = new ArrayList<>();
		NodeList nodes = document.getElementsByTagNameNS(SdmxStructures.STRUCTURE, element);
		for (int i = 0; i < nodes.getLength(); i++) {
			ids.add(((Element) nodes.item(i)).getAttribute("id"));
		}
		return ids;
	}

	private static Element byId(Document document, String element, String id) {
		NodeList nodes = document.getElementsByTagNameNS(SdmxStructures.STRUCTURE, element);
		for (int i = 0; i < nodes.getLength(); i++) {
			if (((Element) nodes.item(i)).getAttribute("id").equals(id)) {
				return (Element) nodes.item(i);
			}
		}
		throw new AssertionError("no " + element + " " + id);
	}

	@Test
	void sdmxCsvGivesExactFiguresWithSdmxCodesAndReadsBackIntoTheImport() throws Exception {
		int year = PublishedFigures.randomYear();
		PublishedFigures figures = PublishedFigures.of(this.jdbc, PublishedFigures.CCM_TJ, "NBT", "PUBLIC")
			.value("REMITTANCES", year, "_T", "_T", "0.123456789012", Instant.parse("2026-01-01T00:00:00Z"))
			.value("REMITTANCES", year, "_T", "RUS", "123456789012345678.5", Instant.parse("2026-01-01T00:00:00Z"));
		long start = System.nanoTime();
		MvcTestResult result = get(REMITTANCES + "A.TJK.*.*.*", CSV, "c[TIME_PERIOD]", String.valueOf(year));
		long took = System.nanoTime() - start;
		long again = System.nanoTime();
		get(REMITTANCES + "A.TJK.*.*.*", CSV, "c[TIME_PERIOD]", String.valueOf(year));
		long warm = System.nanoTime() - again;
		System.out.printf("SDMX-CSV data answer: %,d bytes in %d ms (first), %d ms (again)%n",
				result.getResponse().getContentAsByteArray().length, took / 1_000_000, warm / 1_000_000);
		assertThat(result).hasStatusOk();
		assertThat(result.getResponse().getContentType()).startsWith("application/vnd.sdmx.data+csv")
			.contains("version=2.0.0");
		List<CSVRecord> rows = csv(result);
		assertThat(rows.get(0).getParser().getHeaderNames()).containsExactly("STRUCTURE", "STRUCTURE_ID", "ACTION",
				"FREQ", "REF_AREA", "COUNTERPART_AREA", "SEX", "DATA_SET", "TIME_PERIOD", "OBS_VALUE", "UNIT_MEASURE",
				"UNIT_MULT", "OBS_STATUS");
		assertThat(rows).hasSize(2);
		CSVRecord total = rows.stream().filter((r) -> r.get("COUNTERPART_AREA").equals("_T")).findFirst().orElseThrow();
		assertThat(total.get("STRUCTURE")).isEqualTo("dataflow");
		assertThat(total.get("STRUCTURE_ID")).isEqualTo("HAMKORI:DF_REMITTANCES(1.0)");
		assertThat(total.get("FREQ")).isEqualTo("A");
		assertThat(total.get("REF_AREA")).isEqualTo("TJK");
		assertThat(total.get("SEX")).isEqualTo("_T");
		assertThat(total.get("DATA_SET")).isEqualTo(figures.dataSetCode());
		assertThat(total.get("TIME_PERIOD")).isEqualTo(String.valueOf(year));
		assertThat(total.get("OBS_VALUE")).isEqualTo("0.123456789012");
		assertThat(total.get("UNIT_MEASURE")).isEqualTo("USD");
		assertThat(total.get("UNIT_MULT")).matches("\\d+");
		assertThat(total.get("OBS_STATUS")).isEqualTo("A");
		assertThat(rows).extracting((r) -> r.get("OBS_VALUE")).contains("123456789012345678.5");

		// the same file read by the SDMX-CSV import: indicator, period, value and codes
		List<SourceRow> read = new ArrayList<>();
		try (SdmxCsvReader reader = new SdmxCsvReader(
				new ByteArrayInputStream(result.getResponse().getContentAsByteArray()))) {
			SourceRow row;
			while ((row = reader.next()) != null) {
				read.add(row);
			}
		}
		assertThat(read).extracting(SourceRow::indicator).containsOnly("REMITTANCES");
		assertThat(read).extracting(SourceRow::value).contains("0.123456789012", "123456789012345678.5");
		assertThat(read.get(0).dimensions()).containsEntry("REF_AREA", "TJK").containsKey("COUNTERPART_AREA");

		// text/csv is the same SDMX-CSV; a key with + takes either code
		MvcTestResult text = get(REMITTANCES + "A.TJK.RUS+_T..", "text/csv", "c[TIME_PERIOD]",
				"ge:" + year + "+le:" + year);
		assertThat(text).hasStatusOk();
		assertThat(text.getResponse().getContentType()).startsWith("text/csv");
		assertThat(csv(text)).hasSize(2);
		assertThat(csv(get(REMITTANCES + "A.TJK.RUS..", CSV, "c[TIME_PERIOD]", String.valueOf(year)))).singleElement()
			.satisfies((r) -> assertThat(r.get("OBS_VALUE")).isEqualTo("123456789012345678.5"));
		assertThat(csv(
				get(REMITTANCES + "*", CSV, "c[TIME_PERIOD]", String.valueOf(year), "c[COUNTERPART_AREA]", "ne:_T")))
			.singleElement()
			.satisfies((r) -> assertThat(r.get("COUNTERPART_AREA")).isEqualTo("RUS"));
	}

	@Test
	void sdmxJsonHasTheStructureAndExactValues() throws Exception {
		int year = PublishedFigures.randomYear();
		PublishedFigures.of(this.jdbc, PublishedFigures.CCM_TJ, "NBT", "PUBLIC")
			.value("REMITTANCES", year, "_T", "_T", "0.000000100001", Instant.parse("2026-01-01T00:00:00Z"))
			.value("REMITTANCES", year + 1, "_T", "_T", "98765432109876543.25", Instant.parse("2026-01-01T00:00:00Z"));
		JsonMapper mapper = JsonMapper.builder().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();
		MvcTestResult result = get(REMITTANCES + "A.TJK._T._T.", JSON, "c[TIME_PERIOD]",
				"ge:" + year + "+le:" + (year + 1), "dimensionAtObservation", "AllDimensions");
		assertThat(result).hasStatusOk();
		assertThat(result.getResponse().getContentType()).startsWith("application/vnd.sdmx.data+json")
			.contains("version=2.0.0");
		JsonNode root = mapper.readTree(result.getResponse().getContentAsByteArray());
		assertThat(root.at("/meta/sender/id").asString()).isEqualTo("HAMKORI");
		JsonNode structure = root.at("/data/structures/0");
		List<String> ids = new ArrayList<>();
		structure.at("/dimensions/observation").forEach((d) -> ids.add(d.get("id").asString()));
		assertThat(ids).containsExactly("FREQ", "REF_AREA", "COUNTERPART_AREA", "SEX", "DATA_SET", "TIME_PERIOD");
		assertThat(structure.at("/measures/observation/0/id").asString()).isEqualTo("OBS_VALUE");
		List<String> attributes = new ArrayList<>();
		structure.at("/attributes/observation").forEach((a) -> attributes.add(a.get("id").asString()));
		assertThat(attributes).containsExactly("UNIT_MEASURE", "UNIT_MULT", "OBS_STATUS");
		assertThat(structure.at("/attributes/observation/0/values/0/id").asString()).isEqualTo("USD");
		JsonNode periods = structure.at("/dimensions/observation/5/values");
		JsonNode observations = root.at("/data/dataSets/0/observations");
		assertThat(observations.size()).isEqualTo(2);
		List<BigDecimal> values = new ArrayList<>();
		Map<String, JsonNode> byKey = new java.util.TreeMap<>();
		observations.properties().forEach((e) -> byKey.put(e.getKey(), e.getValue()));
		byKey.forEach((key, value) -> {
			String[] parts = key.split(":");
			assertThat(parts).hasSize(6);
			String period = periods.get(Integer.parseInt(parts[5])).get("id").asString();
			BigDecimal number = value.get(0).decimalValue();
			values.add(number);
			if (period.equals(String.valueOf(year))) {
				assertThat(number).isEqualByComparingTo("0.000000100001");
			}
			else {
				assertThat(number).isEqualByComparingTo("98765432109876543.25");
			}
		});
		assertThat(values).hasSize(2);
		assertThat(body(result)).contains("98765432109876543.25").doesNotContain("E-7");

		// by series: the key's dimensions on the series, TIME_PERIOD on the observations
		JsonNode series = mapper
			.readTree(get(REMITTANCES + "A.TJK._T._T.", JSON, "c[TIME_PERIOD]", "ge:" + year + "+le:" + (year + 1))
				.getResponse()
				.getContentAsByteArray());
		assertThat(series.at("/data/structures/0/dimensions/series").size()).isEqualTo(5);
		assertThat(series.at("/data/dataSets/0/series").size()).isEqualTo(1);
	}

	@Test
	void restrictedFiguresStayWithTheirSecretariat() throws Exception {
		int year = PublishedFigures.randomYear();
		PublishedFigures.of(this.jdbc, PublishedFigures.CCM_TJ, "NBT", "PUBLIC")
			.value("REMITTANCES", year, "_T", "_T", "111.5", Instant.parse("2026-01-01T00:00:00Z"));
		PublishedFigures.of(this.jdbc, PublishedFigures.CCM_TJ, "NBT", "RESTRICTED")
			.value("REMITTANCES", year, "_T", "_T", "999.25", Instant.parse("2026-01-01T00:00:00Z"));
		String[] filter = { "c[TIME_PERIOD]", String.valueOf(year) };
		assertThat(body(get(REMITTANCES + "*", CSV, filter))).contains("111.5").doesNotContain("999.25");
		assertThat(body(get(REMITTANCES + "*", JSON, filter))).contains("111.5").doesNotContain("999.25");
		assertThat(body(withToken("secretariat.kz", year))).contains("111.5").doesNotContain("999.25");
		assertThat(body(withToken("secretariat.tj", year))).contains("111.5", "999.25");
	}

	private MvcTestResult withToken(String user, int year) {
		String token = TestRequests.apiToken(this.mvc, user);
		return this.mvc.perform(MockMvcRequestBuilders.get(REMITTANCES + "*")
			.header("Accept", CSV)
			.header("Authorization", "Bearer " + token)
			.param("c[TIME_PERIOD]", String.valueOf(year)));
	}

	@Test
	void updatedAfterGivesOnlyLaterApprovals() throws Exception {
		int year = PublishedFigures.randomYear();
		PublishedFigures.of(this.jdbc, PublishedFigures.CCM_TJ, "NBT", "PUBLIC")
			.value("REMITTANCES", year, "F", "_T", "10", Instant.parse("2026-01-01T00:00:00Z"))
			.value("REMITTANCES", year, "M", "_T", "20", Instant.parse("2026-03-01T00:00:00Z"));
		List<CSVRecord> rows = csv(get(REMITTANCES + "*", CSV, "c[TIME_PERIOD]", String.valueOf(year), "updatedAfter",
				"2026-02-01T00:00:00Z"));
		assertThat(rows).singleElement().satisfies((r) -> assertThat(r.get("SEX")).isEqualTo("M"));
		assertThat(get(REMITTANCES + "*", CSV, "c[TIME_PERIOD]", String.valueOf(year), "updatedAfter",
				"2026-03-01T00:00:00Z"))
			.hasStatus(404);
		assertThat(get(REMITTANCES + "*", CSV, "updatedAfter", "yesterday")).hasStatus(400);
	}

	@Test
	void fiveYearlyFiguresAreFrequencyA5() throws Exception {
		int block = PublishedFigures.randomYear();
		int year = block + Math.floorMod(-block, 5);
		PublishedFigures figures = PublishedFigures.of(this.jdbc, PublishedFigures.CCM_TJ, "NBT", "PUBLIC")
			.value("EMIGRANT_STOCK", year, "_T", "RUS", "1000001", Instant.parse("2026-01-01T00:00:00Z"));
		this.jdbc.sql("update published_value set periodicity = 'FIVE_YEARLY' where data_set_id = ?")
			.param(figures.dataSetId)
			.update();
		List<CSVRecord> rows = csv(get("/sdmx/v2/data/dataflow/HAMKORI/DF_EMIGRANT_STOCK/*/A5.TJK.RUS..", CSV,
				"c[TIME_PERIOD]", String.valueOf(year)));
		assertThat(rows).singleElement().satisfies((r) -> {
			assertThat(r.get("FREQ")).isEqualTo("A5");
			assertThat(r.get("UNIT_MEASURE")).isEqualTo("PS");
			assertThat(r.get("OBS_VALUE")).isEqualTo("1000001");
		});
		assertThat(get("/sdmx/v2/data/dataflow/HAMKORI/DF_EMIGRANT_STOCK/*/A.TJK.RUS..", CSV, "c[TIME_PERIOD]",
				String.valueOf(year)))
			.hasStatus(404);
	}

	@Test
	void aRepeatedRequestWithTheETagIsNotModified() {
		int year = PublishedFigures.randomYear();
		PublishedFigures.of(this.jdbc, PublishedFigures.CCM_TJ, "NBT", "PUBLIC")
			.value("REMITTANCES", year, "_T", "_T", "5", Instant.parse("2026-01-01T00:00:00Z"));
		for (String accept : List.of(CSV, JSON)) {
			MvcTestResult first = get(REMITTANCES + "*", accept, "c[TIME_PERIOD]", String.valueOf(year));
			assertThat(first).hasStatusOk();
			String etag = first.getResponse().getHeader("ETag");
			assertThat(etag).isNotBlank();
			assertThat(first.getResponse().getHeader("Last-Modified")).isNotBlank();
			assertThat(this.mvc.get()
				.uri(REMITTANCES + "*")
				.header("Accept", accept)
				.header("If-None-Match", etag)
				.param("c[TIME_PERIOD]", String.valueOf(year))).hasStatus(304);
		}
		MvcTestResult structure = get("/sdmx/v2/structure/dataflow/HAMKORI/DF_RETURNS", STRUCTURE);
		assertThat(this.mvc.get()
			.uri("/sdmx/v2/structure/dataflow/HAMKORI/DF_RETURNS")
			.header("Accept", STRUCTURE)
			.header("If-None-Match", structure.getResponse().getHeader("ETag"))).hasStatus(304);
		// open to any origin, for GET
		MvcTestResult cors = this.mvc.get()
			.uri("/sdmx/v2/structure/dataflow/HAMKORI/DF_RETURNS")
			.header("Origin", "https://stat.example.org")
			.exchange();
		assertThat(cors).hasStatusOk();
		assertThat(cors.getResponse().getHeader("Access-Control-Allow-Origin")).isEqualTo("*");
	}

	@Test
	void whatIsNotOfferedIsRefusedAsAProblemDocument() {
		assertProblem(get(REMITTANCES + "*", "application/vnd.sdmx.genericdata+xml;version=2.1"), 406);
		assertProblem(get(REMITTANCES + "*", "application/vnd.sdmx.data+csv;version=1.0.0"), 406);
		assertProblem(get(REMITTANCES + "*", "application/vnd.sdmx.data+csv;version=2.0.0;labels=both"), 406);
		assertProblem(get("/sdmx/v2/structure/dataflow/HAMKORI/*/*", "application/vnd.sdmx.structure+json"), 406);
		assertProblem(get(REMITTANCES + "*", CSV, "lastNObservations", "1"), 501);
		assertProblem(get("/sdmx/v2/data/datastructure/HAMKORI/DSD_REMITTANCES/*/*", CSV), 501);
		assertProblem(get("/sdmx/v2/structure/dataflow/HAMKORI/*/1.0+", STRUCTURE), 501);
		assertProblem(get("/sdmx/v2/structure/hierarchy/HAMKORI/*/*", STRUCTURE), 501);
		assertProblem(get(REMITTANCES + "*", CSV, "dimensionAtObservation", "SEX"), 501);
		assertProblem(get("/sdmx/v2/data/dataflow/HAMKORI/DF_NO_SUCH/*/*", CSV), 404);
		assertProblem(get("/sdmx/v2/data/dataflow/ESTAT/DF_REMITTANCES/*/*", CSV), 404);
		assertProblem(get("/sdmx/v2/structure/dataflow/HAMKORI/DF_NO_SUCH", STRUCTURE), 404);
		assertProblem(get(REMITTANCES + "A.TJK", CSV), 400);
		assertProblem(get(REMITTANCES + "A.TJK.R US...", CSV), 400);
		assertProblem(get(REMITTANCES + "*", CSV, "c[NOTHING]", "x"), 400);
		assertProblem(get(REMITTANCES + "*", CSV, "c[TIME_PERIOD]", "ge:soon"), 400);
		assertProblem(get(REMITTANCES + "*", CSV, "format", "csv"), 400);
		// Hamkori's own JSON is never labelled SDMX
		assertProblem(get("/api/v1/indicators", "application/vnd.sdmx.data+json;version=2.0.0"), 406);
		assertProblem(get("/api/v1/indicators", "application/vnd.sdmx.data+json"), 406);
		MvcTestResult either = get("/api/v1/indicators", "application/vnd.sdmx.data+json, application/json;q=0.5");
		assertThat(either).hasStatusOk();
		assertThat(either.getResponse().getContentType()).startsWith("application/json");
	}

	private static void assertProblem(MvcTestResult result, int status) {
		assertThat(result).hasStatus(status);
		assertThat(result.getResponse().getContentType()).startsWith("application/problem+json");
		assertThat(body(result)).contains("\"status\":" + status).contains("\"detail\"");
	}

}
