package org.hamkori.indicators;

/** How often a data set is reported. */
public enum Periodicity {

	MONTHLY, QUARTERLY, ANNUAL;

	public String key() {
		return "indicators.periodicity." + name();
	}

}
