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
