package org.hamkori.results;

import java.util.List;

/**
 * A progress report as printed, every text already in the document's language: the
 * results table of the period's year, the activities completed in the period and those
 * postponed or cancelled with their reasons, and the narrative sections.
 */
public record ReportPaper(String language, String title, String programme, String period, String state, int year,
		List<TableLine> table, List<ActivityLine> completed, List<ActivityLine> moved, String summary, String results,
		String activities, String risks) {

	/** One indicator in one area: figures exactly as kept, the light as text. */
	public record TableLine(String level, String indicator, String unit, String area, String target, String actual,
			String light) {
	}

	public record ActivityLine(String code, String title, String area, String dates, String status, String reason) {
	}

}
