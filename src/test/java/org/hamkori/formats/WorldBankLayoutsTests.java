package org.hamkori.formats;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The two layouts the World Bank publishes, written here as its site writes them: the
 * bulk download of one indicator ({@code API_BX.TRF.PWKR.CD.DT_DS2_en_csv_v2.csv}: a byte
 * order mark, "Data Source" and "Last Updated Date" lines with blank lines between, then
 * Country Name, Country Code, Indicator Name, Indicator Code and one column per year from
 * 1960, every line ending in a comma, empty cells for missing years) and the long form
 * {@code Country Name, Country Code, Year, Value}. Every value must come back with every
 * digit it was written with.
 */
class WorldBankLayoutsTests {

	/** Figures as the bulk file writes them (up to 12 significant decimals). */
	private static final Map<String, Map<Integer, String>> REMITTANCES = new LinkedHashMap<>();

	static {
		REMITTANCES.put("Kazakhstan|KAZ", Map.of(2019, "505997656.813286", 2021, "303500000", 2023, "302000000"));
		REMITTANCES.put("Kyrgyz Republic|KGZ", Map.of(2019, "2410640000", 2020, "2448170000", 2022, "2866800000"));
		REMITTANCES.put("Tajikistan|TJK",
				Map.of(2019, "2322141350.50216", 2020, "2186844525.81746", 2021, "2922001000", 2023, "5613000000"));
		REMITTANCES.put("Uzbekistan|UZB", Map.of(2021, "8145400000", 2022, "16860900000.0001"));
		REMITTANCES.put("Russian Federation|RUS", Map.of(2020, "9488000000.123456789012"));
		REMITTANCES.put("Europe & Central Asia|ECS", Map.of(2022, "74152658437.9172"));
	}

	@Test
	void theBulkDownloadIsReadAsPublishedWithEveryDigit() throws IOException {
		byte[] file = bulkFile();
		CsvPreview preview = CsvPreview.read(new ByteArrayInputStream(file));
		assertThat(preview.headers()).startsWith("Country Name", "Country Code", "Indicator Name", "Indicator Code",
				"1960");
		assertThat(preview.looksWide()).isTrue();
		assertThat(preview.delimiter()).isEqualTo(',');
		assertThat(preview.decimalComma()).isFalse();
		ColumnMapping mapping = preview.suggestedMapping();
		assertThat(mapping.role("Country Code")).isEqualTo("REF_AREA");
		assertThat(mapping.role("Country Name")).isEqualTo("IGNORE");
		assertThat(mapping.role("Indicator Code")).isEqualTo("INDICATOR");
		assertThat(mapping.role("")).isEqualTo("IGNORE");

		List<SourceRow> rows;
		try (WideCsvReader reader = new WideCsvReader(new ByteArrayInputStream(file),
				new CsvOptions(preview.delimiter(), false, mapping, null, null))) {
			assertThat(reader.periods()).hasSize(64).startsWith("1960").endsWith("2023");
			rows = Samples.readAll(reader);
		}
		Map<String, String> read = new LinkedHashMap<>();
		for (SourceRow row : rows) {
			assertThat(row.indicator()).isEqualTo("BX.TRF.PWKR.CD.DT");
			read.put(row.dimensions().get("REF_AREA") + "|" + row.period(), row.value());
		}
		Map<String, String> expected = new LinkedHashMap<>();
		REMITTANCES.forEach((country, values) -> values
			.forEach((year, value) -> expected.put(country.split("\\|")[1] + "|" + year, value)));
		assertThat(read).containsExactlyInAnyOrderEntriesOf(expected);
		for (Map.Entry<String, String> entry : expected.entrySet()) {
			assertThat(new BigDecimal(read.get(entry.getKey()))).isEqualByComparingTo(entry.getValue());
		}
		// lines are counted in the file as published: the header is line 5, Kazakhstan
		// line 6
		assertThat(rows.get(0).line()).isEqualTo(6L);
	}

	@Test
	void theLongFormWithoutAnIndicatorColumnStillNamesTheReportingEconomy() throws IOException {
		String csv = "\uFEFFCountry Name,Country Code,Year,Value\n" + "Tajikistan,TJK,2019,2322141350.50216\n"
				+ "Tajikistan,TJK,2020,2186844525.81746\n" + "Kyrgyz Republic,KGZ,2020,2448170000\n";
		byte[] file = csv.getBytes(StandardCharsets.UTF_8);
		CsvPreview preview = CsvPreview.read(new ByteArrayInputStream(file));
		ColumnMapping mapping = preview.suggestedMapping();
		assertThat(mapping.role("Country Code")).isEqualTo("REF_AREA");
		assertThat(mapping.has("COUNTERPART_AREA")).isFalse();
		assertThat(mapping.role("Year")).isEqualTo("PERIOD");
		assertThat(mapping.role("Value")).isEqualTo("VALUE");
		List<SourceRow> rows;
		try (InputStream in = new ByteArrayInputStream(file)) {
			rows = Samples.readAll(new LongCsvReader(in, new CsvOptions(',', false, mapping, "REMITTANCES", null)));
		}
		assertThat(rows).extracting(SourceRow::value)
			.containsExactly("2322141350.50216", "2186844525.81746", "2448170000");
		assertThat(rows.get(2).dimensions()).isEqualTo(Map.of("REF_AREA", "KGZ"));
	}

	@Test
	void aDestinationFileWithOneCountryColumnKeepsItAsTheCounterpart() {
		ColumnMapping mapping = ColumnMapping.suggest(List.of("Country", "Year", "Value"));
		assertThat(mapping.role("Country")).isEqualTo("COUNTERPART_AREA");
	}

	/** The bulk file: 1960–2023, one line per economy, as downloaded. */
	private static byte[] bulkFile() {
		StringBuilder csv = new StringBuilder("\uFEFF\"Data Source\",\"World Development Indicators\",\n\n");
		csv.append("\"Last Updated Date\",\"2024-12-16\",\n\n");
		List<String> header = new ArrayList<>(
				List.of("Country Name", "Country Code", "Indicator Name", "Indicator Code"));
		for (int year = 1960; year <= 2023; year++) {
			header.add(Integer.toString(year));
		}
		csv.append(quoted(header)).append(",\n");
		REMITTANCES.forEach((country, values) -> {
			String[] names = country.split("\\|");
			List<String> cells = new ArrayList<>(
					List.of(names[0], names[1], "Personal remittances, received (current US$)", "BX.TRF.PWKR.CD.DT"));
			for (int year = 1960; year <= 2023; year++) {
				cells.add(values.getOrDefault(year, ""));
			}
			csv.append(quoted(cells)).append(",\n");
		});
		return csv.toString().getBytes(StandardCharsets.UTF_8);
	}

	private static String quoted(List<String> cells) {
		return String.join(",", cells.stream().map((cell) -> "\"" + cell + "\"").toList());
	}

}
