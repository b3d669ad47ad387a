package org.hamkori.indicators;

import org.hamkori.HamkoriWebTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The seeded catalogue is public, on pages and by API, with sources and disaggregations.
 */
@HamkoriWebTest
class IndicatorCatalogueTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	CodeLists codeLists;

	@Test
	void countriesAreKnownByTheirCldrNamesInEveryLanguage() {
		CodeLists.Snapshot codes = this.codeLists.snapshot();
		java.util.Map<String, String> written = java.util.Map.ofEntries(java.util.Map.entry("Russia", "RUS"),
				java.util.Map.entry("Russian Federation", "RUS"), java.util.Map.entry("Россия", "RUS"),
				java.util.Map.entry("Rossiya", "RUS"), java.util.Map.entry("Ресей", "RUS"),
				java.util.Map.entry("Turkey", "TUR"), java.util.Map.entry("Türkiye", "TUR"),
				java.util.Map.entry("Турция", "TUR"), java.util.Map.entry("South Korea", "KOR"),
				java.util.Map.entry("США", "USA"), java.util.Map.entry("US", "USA"), java.util.Map.entry("UK", "GBR"),
				java.util.Map.entry("Germany", "DEU"), java.util.Map.entry("Kyrgyzstan", "KGZ"),
				java.util.Map.entry("  tajikistan ", "TJK"), java.util.Map.entry("RU", "RUS"));
		written.forEach((name, code) -> assertThat(codes.resolve("COUNTERPART_AREA", name)).as(name).isEqualTo(code));
		assertThat(codes.resolve("COUNTERPART_AREA", "Atlantis")).isNull();
	}

	@Test
	void sexIsKnownBySdmxAndIloCodesAndByWordsInEveryLanguage() {
		CodeLists.Snapshot codes = this.codeLists.snapshot();
		java.util.Map<String, String> written = java.util.Map.ofEntries(java.util.Map.entry("_T", "_T"),
				java.util.Map.entry("T", "_T"), java.util.Map.entry("SEX_T", "_T"), java.util.Map.entry("sex_f", "F"),
				java.util.Map.entry("SEX_M", "M"), java.util.Map.entry("Женщины", "F"),
				java.util.Map.entry("Ayollar", "F"), java.util.Map.entry("Ерлер", "M"),
				java.util.Map.entry("Бардыгы", "_T"), java.util.Map.entry("Мард", "M"),
				java.util.Map.entry("women", "F"));
		written.forEach((word, code) -> assertThat(codes.resolve("SEX", word)).as(word).isEqualTo(code));
		assertThat(codes.resolve("SEX", "X")).isNull();
	}

	@Test
	void theStandardSetIsSeededAndPublic() {
		assertThat(this.mvc.get().uri("/api/v1/indicators")).hasStatusOk()
			.bodyJson()
			.extractingPath("$[*].code")
			.asArray()
			.contains("DEPARTURES", "RETURNS", "PLACEMENTS_PUBLIC", "PLACEMENTS_PRIVATE", "PRIVATE_AGENCY_FEES",
					"PREDEPARTURE_TRAINEES", "REMITTANCES", "LABOUR_FORCE", "EMPLOYMENT", "UNEMPLOYMENT",
					"CSO_COMPLAINTS", "SDG_10_7_1", "SDG_10_C_1", "SDG_8_8_1");
		assertThat(this.mvc.get().uri("/api/v1/indicators/REMITTANCES")).hasStatusOk()
			.bodyJson()
			.extractingPath("$.source")
			.asString()
			.contains("BPM6", "BX.TRF.PWKR.CD.DT");
		assertThat(this.mvc.get().uri("/api/v1/indicators/DEPARTURES")).bodyJson()
			.extractingPath("$.dimensions")
			.asArray()
			.contains("COUNTERPART_AREA", "SEX");
		assertThat(this.mvc.get().uri("/api/v1/indicators/PRIVATE_AGENCY_FEES")).bodyJson()
			.extractingPath("$.proxyNote")
			.asString()
			.contains("10.7.1");
		assertThat(this.mvc.get().uri("/api/v1/dimensions")).bodyText()
			.contains("ISO 3166-1 alpha-3", "ISCO-08", "ISIC Rev.4", "\"RUS\"");
		assertThat(this.mvc.get().uri("/api/v1/indicators/NOPE")).hasStatus(404);
	}

	@Test
	void eachIndicatorHasAMetadataPageInTheReadersLanguage() {
		assertThat(this.mvc.get().uri("/indicators")).hasStatusOk().bodyText().contains("SDG_10_7_1");
		assertThat(this.mvc.get().uri("/indicators/DEPARTURES?lang=tg")).hasStatusOk()
			.bodyText()
			.contains("Рафтани муҳоҷирони меҳнатӣ", "Ҳармоҳа", "Федератсияи Россия");
	}

}
