package org.hamkori.indicators;

import org.springframework.modulith.NamedInterface;

/** How often a data set is reported. */
@NamedInterface("periods")
public enum Periodicity {

	MONTHLY, QUARTERLY, ANNUAL;

	public String key() {
		return "indicators.periodicity." + name();
	}

}
