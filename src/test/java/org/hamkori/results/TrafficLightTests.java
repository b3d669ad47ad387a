package org.hamkori.results;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The traffic light and the trend of decision 0035, at their edges: exactly 90 % and 60 %
 * of the target, just below them, a reduction target, a zero target, missing figures.
 */
class TrafficLightTests {

	@Test
	void anIncreaseTargetIsOnTrackFromNinetyAndAtRiskFromSixtyPercent() {
		assertThat(TrafficLight.of(d("0"), d("200"), d("180"))).isEqualTo(TrafficLight.ON_TRACK);
		assertThat(TrafficLight.of(d("0"), d("200"), d("179.999999999999"))).isEqualTo(TrafficLight.AT_RISK);
		assertThat(TrafficLight.of(null, d("200"), d("250"))).isEqualTo(TrafficLight.ON_TRACK);
		assertThat(TrafficLight.of(null, d("200"), d("120"))).isEqualTo(TrafficLight.AT_RISK);
		assertThat(TrafficLight.of(null, d("200"), d("119.99"))).isEqualTo(TrafficLight.OFF_TRACK);
		assertThat(TrafficLight.of(null, d("0.3"), d("0.27"))).isEqualTo(TrafficLight.ON_TRACK);
		assertThat(TrafficLight.of(null, d("0.3"), d("0.269"))).isEqualTo(TrafficLight.AT_RISK);
	}

	@Test
	void aReductionTargetComparesTheOtherWayRound() {
		// recruitment cost in months of earnings: baseline 3, target 2
		assertThat(TrafficLight.of(d("3"), d("2"), d("1.5"))).isEqualTo(TrafficLight.ON_TRACK);
		assertThat(TrafficLight.of(d("3"), d("2"), d("2.2"))).isEqualTo(TrafficLight.ON_TRACK); // 2/2.2
																								// =
																								// 90.9
																								// %
		assertThat(TrafficLight.of(d("3"), d("2"), d("2.3"))).isEqualTo(TrafficLight.AT_RISK); // 87
																								// %
		assertThat(TrafficLight.of(d("3"), d("1.8"), d("3"))).isEqualTo(TrafficLight.AT_RISK); // exactly
																								// 60
																								// %
		assertThat(TrafficLight.of(d("3"), d("1.8"), d("3.01"))).isEqualTo(TrafficLight.OFF_TRACK);
		assertThat(TrafficLight.of(d("3"), d("0"), d("0"))).isEqualTo(TrafficLight.ON_TRACK);
		assertThat(TrafficLight.of(d("3"), d("0"), d("1"))).isEqualTo(TrafficLight.OFF_TRACK);
	}

	@Test
	void withoutATargetOrAnActualThereIsNoLight() {
		assertThat(TrafficLight.of(d("1"), null, d("5"))).isEqualTo(TrafficLight.NO_DATA);
		assertThat(TrafficLight.of(d("1"), d("5"), null)).isEqualTo(TrafficLight.NO_DATA);
		assertThat(TrafficLight.of(null, d("0"), d("0"))).isEqualTo(TrafficLight.ON_TRACK);
	}

	@Test
	void theTrendSaysWhetherAChangeIsBetter() {
		assertThat(Trend.of(d("10"), d("12"), false)).isEqualTo(Trend.BETTER_UP);
		assertThat(Trend.of(d("10"), d("12"), true)).isEqualTo(Trend.WORSE_UP);
		assertThat(Trend.of(d("10"), d("9.5"), true)).isEqualTo(Trend.BETTER_DOWN);
		assertThat(Trend.of(d("10"), d("9.5"), false)).isEqualTo(Trend.WORSE_DOWN);
		assertThat(Trend.of(d("10.0"), d("10"), false)).isEqualTo(Trend.SAME);
		assertThat(Trend.of(null, d("10"), false)).isEqualTo(Trend.UNKNOWN);
	}

	@Test
	void periodsReadAsYearsOrHalves() {
		assertThat(ResultPeriod.parse("2025")).contains(new ResultPeriod(2025, 0));
		assertThat(ResultPeriod.parse(" 2025-h2 ")).contains(new ResultPeriod(2025, 2));
		assertThat(ResultPeriod.parse("2025-H3")).isEmpty();
		assertThat(ResultPeriod.parse("2025-Q1")).isEmpty();
		assertThat(ResultPeriod.parse("25")).isEmpty();
		assertThat(new ResultPeriod(2025, 0)).isGreaterThan(new ResultPeriod(2025, 2));
		assertThat(new ResultPeriod(2025, 2)).isGreaterThan(new ResultPeriod(2025, 1));
		assertThat(new ResultPeriod(2024, 0)).isLessThan(new ResultPeriod(2025, 1));
	}

	private static BigDecimal d(String value) {
		return new BigDecimal(value);
	}

}
