package org.hamkori.results.web;

/** A target as typed: the year, the area and the value (text, read exactly). */
record TargetForm(Integer year, String area, String value) {

	static TargetForm empty(int year, String area) {
		return new TargetForm(year, area, "");
	}

}
