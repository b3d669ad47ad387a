package org.hamkori.results;

import java.util.Locale;

/**
 * Where a progress report stands: drafted by the programme's editors, circulated for
 * comments by those who see the programme, or final and read-only.
 */
public enum ReportState {

	DRAFT, CIRCULATED, FINAL;

	public String messageKey() {
		return "report.state." + name().toLowerCase(Locale.ROOT);
	}

}
