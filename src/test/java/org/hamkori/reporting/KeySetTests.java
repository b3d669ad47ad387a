package org.hamkori.reporting;

import org.hamkori.indicators.Period;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class KeySetTests {

	@Test
	void aMillionDistinctValueKeysDoNotCollideAndARepeatIsFound() {
		KeySet keys = new KeySet();
		String[] areas = { "RUS", "KAZ", "KGZ", "UZB", "TUR", "KOR", "ARE", "DEU", "GBR", "POL", "CHN", "USA", "_O" };
		String[] ages = { "Y15T24", "Y25T34", "Y35T44", "Y45T54", "Y55T64", "Y_GE65", "_T" };
		int added = 0;
		Period period = Period.of("1900-01");
		while (added < 1_000_000) {
			for (String area : areas) {
				for (String sex : new String[] { "F", "M", "_T" }) {
					for (String age : ages) {
						for (String education : new String[] { "BASIC", "ADVANCED", "_T" }) {
							String[] key = { sex, age, area, "_T", "_T", education, "_T" };
							assertThat(keys.add(KeySet.hash("SDG_10_7_1", period.code(), key)))
								.as("%s %s %s %s %s", period, area, sex, age, education)
								.isTrue();
							added++;
						}
					}
				}
			}
			period = period.next();
		}
		assertThat(keys
			.add(KeySet.hash("SDG_10_7_1", "1900-01", new String[] { "F", "_T", "RUS", "_T", "_T", "_T", "_T" })))
			.isFalse();
		assertThat(keys
			.add(KeySet.hash("SDG_10_7_1", "1900-01", new String[] { "_T", "F", "RUS", "_T", "_T", "_T", "_T" })))
			.isTrue();
	}

}
