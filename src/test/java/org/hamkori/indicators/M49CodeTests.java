package org.hamkori.indicators;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * UN M49 numeric codes, as UN DESA's tables write them, read through ICU's regions: a
 * country's code gives its ISO alpha-3 code, padded or not; a world, continent, region or
 * UN DESA aggregate is a group, never a country.
 */
class M49CodeTests {

	@Test
	void aCountrysNumericCodeGivesItsAlpha3Code() {
		assertThat(CountryNames.ofM49("762")).isEqualTo("TJK");
		assertThat(CountryNames.ofM49("643")).isEqualTo("RUS");
		assertThat(CountryNames.ofM49("4")).isEqualTo("AFG");
		assertThat(CountryNames.ofM49("004")).isEqualTo("AFG");
		assertThat(CountryNames.ofM49("40")).isEqualTo("AUT");
		assertThat(CountryNames.ofM49("840")).isEqualTo("USA");
		assertThat(CountryNames.ofM49(" 398 ")).isEqualTo("KAZ");
	}

	@Test
	void groupsOfCountriesAreNeverCountries() {
		for (String group : new String[] { "900", "901", "1503", "1", "001", "143", "150", "419" }) {
			assertThat(CountryNames.ofM49(group)).as(group).isNull();
			assertThat(CountryNames.isM49Aggregate(group)).as(group).isTrue();
		}
		for (String country : new String[] { "762", "4", "643" }) {
			assertThat(CountryNames.isM49Aggregate(country)).as(country).isFalse();
		}
		for (String notACode : new String[] { "TJK", "", "12345", "7.5", "-4" }) {
			assertThat(CountryNames.ofM49(notACode)).as(notACode).isNull();
			assertThat(CountryNames.isM49Aggregate(notACode)).as(notACode).isFalse();
		}
	}

}
