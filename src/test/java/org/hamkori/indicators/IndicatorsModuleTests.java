package org.hamkori.indicators;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The indicators module with the modules it depends on, directly or not (directory, and
 * the shared kernel, whose base package the directory needs but the direct-dependencies
 * mode would leave out, as only shared's named interfaces are used here). It publishes
 * and hears no events: its API is the catalogue and the code lists that the reporting and
 * analytics modules read. Started without them, the seeded catalogue names its indicators
 * and dimensions, and the code lists read what people write.
 */
@ApplicationModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES)
class IndicatorsModuleTests {

	@Autowired
	IndicatorCatalogue catalogue;

	@Autowired
	CodeLists codeLists;

	@Test
	void theCatalogueAndCodeListsServeTheOtherModules() {
		assertThat(this.catalogue.indicators()).extracting(IndicatorCatalogue.Indicator::code)
			.contains("DEPARTURES", "REMITTANCES", "SDG_10_7_1");
		assertThat(this.catalogue.indicator("REMITTANCES")).hasValueSatisfying(
				(remittances) -> assertThat(remittances.name().in(java.util.Locale.ENGLISH)).isNotBlank());
		assertThat(this.catalogue.indicator("NO_SUCH_INDICATOR")).isEmpty();
		assertThat(this.catalogue.dimensions()).extracting(IndicatorCatalogue.Dimension::code)
			.contains("SEX", "COUNTERPART_AREA");

		CodeLists.Snapshot codes = this.codeLists.snapshot();
		assertThat(codes.resolve("COUNTERPART_AREA", "Россия")).isEqualTo("RUS");
		assertThat(codes.resolve("SEX", "Женщины")).isEqualTo("F");
		assertThat(codes.resolve("SEX", "X")).isNull();
	}

}
