package org.hamkori.results;

import java.util.List;

/**
 * A progress report as printed, every text already in the document's language: the
 * results table of the period's year, the activities completed in the period and those
 * postponed or cancelled with their reasons and the records that guided or moved them,
 * those records themselves, and the narrative sections. A final report's paper is kept as
 * it was at finalisation.
 */
public record ReportPaper(String language, String title, String programme, String period, String state, int year,
		List<TableLine> table, List<ActivityLine> completed, List<ActivityLine> moved, List<GuideLine> guides,
		String summary, String results, String activities, String risks) {

	public ReportPaper {
		guides = (guides != null) ? List.copyOf(guides) : List.of();
	}

	/** One indicator in one area: figures exactly as kept, the light as text. */
	public record TableLine(String level, String indicator, String unit, String area, String target, String actual,
			String light) {
	}

	/**
	 * An activity with the records that guided it and caused its change, as codes (or the
	 * words for a record the reader may not see), empty when none.
	 */
	public record ActivityLine(String code, String title, String area, String dates, String status, String reason,
			String guidedBy, String cause) {

		/** The guiding record, then the cause after the given words, joined by "; ". */
		public String guidance(String causeWords) {
			String g = (this.guidedBy != null) ? this.guidedBy : "";
			if (this.cause == null || this.cause.isEmpty()) {
				return g;
			}
			return (g.isEmpty() ? "" : g + "; ") + causeWords + " " + this.cause;
		}

	}

	/**
	 * A record of a mechanism that guided or moved the activities listed, with its text.
	 */
	public record GuideLine(String code, String text, String activities) {
	}

}
