package org.hamkori.results.web;

/**
 * An actual as typed: the period (a year or a half), the area, the value (text, read
 * exactly), its source and a note.
 */
record ActualForm(String period, String area, String value, String source, String note) {

	static ActualForm empty(int year, String area) {
		return new ActualForm(String.valueOf(year), area, "", "", "");
	}

}
