package org.hamkori.indicators;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.jayway.jsonpath.JsonPath;
import org.hamkori.HamkoriWebTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The country code lists are the whole ISO 3166-1 list from CLDR, public by API, and
 * every common way of writing a country resolves to its code.
 */
@HamkoriWebTest
class CodeListTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	CodeLists codeLists;

	@Autowired
	IndicatorCatalogue catalogue;

	@Test
	void theCountryListIsTheWholeIso3166ListFromIcu() {
		assertThat(CountryNames.iso3166()).hasSize(249)
			.containsKeys("EGY", "LBY", "AUT", "DEU", "USA", "RUS", "TJK", "ALA", "ZWE")
			.doesNotContainKeys("XKK", "XKX", "DGA", "XEA", "XIC");
		assertThat(CountryNames.iso3166().get("EGY").values()).containsEntry("en", "Egypt")
			.containsEntry("ru", "Египет")
			.containsKeys("tg", "uz", "kk", "ky");
		IndicatorCatalogue.Dimension areas = this.catalogue.codeList("COUNTERPART_AREA").orElseThrow();
		assertThat(areas.codes()).extracting(IndicatorCatalogue.Code::code)
			.containsAll(CountryNames.iso3166().keySet())
			.contains("_O", "_T")
			.doesNotHaveDuplicates();
		// the stored names stay, CLDR's fill the languages they lack
		IndicatorCatalogue.Code russia = areas.code("RUS").orElseThrow();
		assertThat(russia.featured()).isTrue();
		assertThat(russia.name().get("en")).isEqualTo("Russian Federation");
		assertThat(russia.name().get("kk")).isEqualTo("Ресей");
		assertThat(areas.code("EGY").orElseThrow().featured()).isFalse();
	}

	@Test
	void countriesResolveByCodesAndCommonNamesInSixLanguages() throws Exception {
		CodeLists.Snapshot codes = this.codeLists.snapshot();
		Map<String, String> written = Map.ofEntries(Map.entry("EGY", "EGY"), Map.entry("Egypt", "EGY"),
				Map.entry("Египет", "EGY"), Map.entry("EG", "EGY"), Map.entry("Libya", "LBY"),
				Map.entry("Ливия", "LBY"), Map.entry("Austria", "AUT"), Map.entry("Австрия", "AUT"),
				Map.entry("Germany", "DEU"), Map.entry("Олмон", "DEU"), Map.entry("United States", "USA"),
				Map.entry("USA", "USA"), Map.entry("Russia", "RUS"), Map.entry("Turkey", "TUR"),
				Map.entry("South Korea", "KOR"), Map.entry("Czechia", "CZE"), Map.entry("Czech Republic", "CZE"),
				Map.entry("Moldova", "MDA"), Map.entry("Bolivia", "BOL"), Map.entry("Germaniya", "DEU"),
				Map.entry("Германия", "DEU"));
		written.forEach((name, code) -> assertThat(codes.resolve("COUNTERPART_AREA", name)).as(name).isEqualTo(code));
		assertThat(codes.resolve("COUNTERPART_AREA", "Atlantis")).isNull();
		assertThat(codes.resolve("COUNTERPART_AREA", "other countries")).isEqualTo("_O");
	}

	@Test
	void codeListsArePublicWithEachCodeNamedInSixLanguages() throws Exception {
		MvcTestResult lists = this.mvc.get().uri("/api/v1/code-lists").exchange();
		assertThat(lists).hasStatusOk();
		List<String> ids = JsonPath
			.read(lists.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8), "$[*].id");
		assertThat(ids).contains("COUNTERPART_AREA", "REF_AREA", "SEX", "AGE", "ACTIVITY");

		MvcTestResult one = this.mvc.get().uri("/api/v1/code-lists/COUNTERPART_AREA").exchange();
		assertThat(one).hasStatusOk();
		String json = one.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		List<String> codes = JsonPath.read(json, "$.codes[*].code");
		assertThat(codes).hasSizeGreaterThanOrEqualTo(251).contains("EGY", "LBY", "AUT", "_O", "_T");
		List<Map<String, String>> egypt = JsonPath.read(json, "$.codes[?(@.code == 'EGY')].name");
		assertThat(egypt).singleElement()
			.satisfies((names) -> assertThat(names).containsKeys("en", "ru", "tg", "uz", "kk", "ky")
				.containsEntry("en", "Egypt"));
		Integer size = JsonPath.read(json, "$.size");
		assertThat(size).isEqualTo(codes.size());

		List<String> countries = JsonPath.read(json("/api/v1/code-lists/ref_area"), "$.codes[*].code");
		assertThat(countries).hasSize(249).doesNotContain("_O", "_T");

		List<String> sexCodes = JsonPath.read(json("/api/v1/code-lists/SEX"), "$.codes[*].code");
		assertThat(sexCodes).containsExactlyInAnyOrder("F", "M", "_T");
	}

	String json(String uri) throws Exception {
		return this.mvc.get()
			.uri(uri)
			.exchange()
			.getResponse()
			.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
	}

	@Test
	void anUnknownCodeListIsAProblemDocument() throws Exception {
		MvcTestResult result = this.mvc.get().uri("/api/v1/code-lists/NOPE").exchange();
		assertThat(result).hasStatus(404);
		assertThat(result.getResponse().getContentType()).startsWith("application/problem+json");
		Integer status = JsonPath.read(result.getResponse().getContentAsString(), "$.status");
		assertThat(status).isEqualTo(404);
	}

	@Test
	void theCodeListPagesArePublicAndTheIndicatorPageDoesNotListAllCountries() throws Exception {
		assertThat(this.mvc.get().uri("/code-lists")).hasStatusOk().bodyText().contains("COUNTERPART_AREA", "REF_AREA");
		assertThat(this.mvc.get().uri("/code-lists/COUNTERPART_AREA?lang=ru")).hasStatusOk()
			.bodyText()
			.contains("Египет", "EGY", "Ливия");
		List<String> lines = new ArrayList<>(List.of(this.mvc.get()
			.uri("/indicators/DEPARTURES")
			.exchange()
			.getResponse()
			.getContentAsString(java.nio.charset.StandardCharsets.UTF_8)
			.split("\n")));
		assertThat(String.join("\n", lines)).contains("/code-lists/COUNTERPART_AREA").doesNotContain(">EGY<");
	}

	@Test
	void theMigrantStockIndicatorsAreSeededInSixLanguages() throws Exception {
		for (String code : List.of("EMIGRANT_STOCK", "IMMIGRANT_STOCK")) {
			IndicatorCatalogue.Indicator indicator = this.catalogue.indicator(code).orElseThrow();
			assertThat(indicator.name().values()).as(code).containsKeys("en", "ru", "tg", "uz", "kk", "ky");
			assertThat(indicator.definition().values()).as(code).containsKeys("en", "ru", "tg", "uz", "kk", "ky");
			assertThat(indicator.dimensions()).containsExactly("COUNTERPART_AREA", "SEX");
			assertThat(indicator.kind()).isEqualTo("STOCK");
			assertThat(indicator.source()).contains("UN DESA");
		}
		assertThat(this.catalogue.indicator("EMIGRANT_STOCK").orElseThrow().definition().get("en"))
			.contains("born in the reference area", "living in the counterpart area");
	}

}
