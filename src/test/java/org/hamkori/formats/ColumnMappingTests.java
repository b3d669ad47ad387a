package org.hamkori.formats;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Suggested roles for common headers, the remembered header key and the stored form of a
 * mapping.
 */
class ColumnMappingTests {

	@Test
	void suggestsRolesForEnglishHeaders() {
		ColumnMapping mapping = ColumnMapping
			.suggest(List.of("Indicator Code", "Year", "Sex", "Age", "Destination", "Value", "Comment", "Source"));
		assertThat(mapping.roles()).containsExactly(Map.entry("Indicator Code", "INDICATOR"),
				Map.entry("Year", "PERIOD"), Map.entry("Sex", "SEX"), Map.entry("Age", "AGE"),
				Map.entry("Destination", "COUNTERPART_AREA"), Map.entry("Value", "VALUE"), Map.entry("Comment", "NOTE"),
				Map.entry("Source", "IGNORE"));
	}

	@Test
	void suggestsRolesForRussianAndSdmxHeaders() {
		ColumnMapping russian = ColumnMapping
			.suggest(List.of("Показатель", "Период", "Пол", "Возраст", "Страна назначения", "Значение", "Комментарий"));
		assertThat(russian.roles().values()).containsExactly("INDICATOR", "PERIOD", "SEX", "AGE", "COUNTERPART_AREA",
				"VALUE", "NOTE");
		ColumnMapping sdmx = ColumnMapping.suggest(List.of("INDICATOR", "REF_AREA", "SEX", "COUNTERPART_AREA",
				"MIGRANT_CATEGORY", "TIME_PERIOD", "OBS_VALUE", "OBS_STATUS"));
		assertThat(sdmx.roles().values()).containsExactly("INDICATOR", "REF_AREA", "SEX", "COUNTERPART_AREA",
				"MIGRANT_CATEGORY", "PERIOD", "VALUE", "IGNORE");
		assertThat(ColumnMapping.suggest(List.of("Год", "Страна", "Значение")).roles().values())
			.containsExactly("PERIOD", "COUNTERPART_AREA", "VALUE");
	}

	@Test
	void aCodeColumnWinsOverANameColumnAndPeriodHeadersAreIgnored() {
		ColumnMapping mapping = ColumnMapping.suggest(
				List.of("Country Name", "Country Code", "Indicator Name", "Indicator Code", "2019 [YR2019]", "2020"));
		// beside an indicator column, as the World Bank writes, the country is the
		// reporter
		assertThat(mapping.role("Country Code")).isEqualTo("REF_AREA");
		assertThat(mapping.role("Country Name")).isEqualTo("IGNORE");
		assertThat(ColumnMapping.suggest(List.of("Country Code", "Year", "Value")).role("Country Code"))
			.isEqualTo("COUNTERPART_AREA");
		assertThat(ColumnMapping.suggest(List.of("Country Code", "Series Code", "Destination", "2020"))
			.role("Destination")).isEqualTo("COUNTERPART_AREA");
		assertThat(mapping.role("Indicator Code")).isEqualTo("INDICATOR");
		assertThat(mapping.role("Indicator Name")).isEqualTo("IGNORE");
		assertThat(mapping.role("2020")).isEqualTo("IGNORE");
		assertThat(ColumnMapping.suggest(List.of("Country Name", "2020")).role("Country Name"))
			.isEqualTo("COUNTERPART_AREA");
	}

	@Test
	void headerKeyIgnoresCaseSpacesByteOrderMarkAndHowManyYearsAFileHas() {
		String key = ColumnMapping.headerKey(List.of("Country Name", "Series Code", "2019", "2020"));
		assertThat(key).hasSize(64).matches("[0-9a-f]{64}");
		assertThat(ColumnMapping.headerKey(List.of("\uFEFFcountry  name", " SERIES_CODE", "2019", "2020", "2021")))
			.isEqualTo(key);
		assertThat(ColumnMapping.headerKey(List.of("Country Name", "Series Name", "2019", "2020"))).isNotEqualTo(key);
		assertThat(ColumnMapping.headerKey(List.of("Country Name", "Series Code"))).isNotEqualTo(key);
	}

	@Test
	void encodeAndDecodeKeepHeadersWithAnyCharactersAndTheirOrder() {
		Map<String, String> roles = new LinkedHashMap<>();
		roles.put("Значение, тыс.", "VALUE");
		roles.put("a=b&c%d", "NOTE");
		roles.put("Country", "COUNTERPART_AREA");
		roles.put("", "IGNORE");
		ColumnMapping mapping = ColumnMapping.of(roles);
		String stored = mapping.encode();
		assertThat(stored).doesNotContain("{").hasSizeLessThan(8000);
		ColumnMapping decoded = ColumnMapping.decode(stored);
		assertThat(decoded).isEqualTo(mapping);
		assertThat(decoded.roles().keySet()).containsExactlyElementsOf(roles.keySet());
		assertThat(ColumnMapping.decode("").roles()).isEmpty();
	}

	@Test
	void unknownRolesAreRefused() {
		assertThatIllegalArgumentException().isThrownBy(() -> ColumnMapping.decode("Value=AMOUNT"));
		assertThatIllegalArgumentException().isThrownBy(() -> ColumnMapping.decode("no role here"));
		assertThatIllegalArgumentException().isThrownBy(() -> ColumnMapping.of(Map.of("Value", "role")));
	}

}
