package org.hamkori.indicators;

import org.springframework.modulith.NamedInterface;

/**
 * How often a data set is reported. Five-yearly periods are the reference years divisible
 * by five (2020, 2025), as censuses and UN DESA's migrant stock are published.
 */
@NamedInterface("periods")
public enum Periodicity {

	MONTHLY, QUARTERLY, ANNUAL, FIVE_YEARLY;

	public String key() {
		return "indicators.periodicity." + name();
	}

}
