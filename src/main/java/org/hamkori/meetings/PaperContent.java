package org.hamkori.meetings;

import java.util.List;

/**
 * What the meeting papers say, already in their language: the minutes (PDF and DOCX are
 * two renderings of one {@link MinutesPaper}) and the pack.
 */
final class PaperContent {

	private PaperContent() {
	}

	/** A label and a number, such as an institution and the people it sent. */
	record Count(String label, int count) {
	}

	/** An agenda item of the minutes: its summary as Markdown, and as safe HTML. */
	record MinutesItem(int number, String title, String markdown, String html) {
	}

	record ActionLine(String title, String owner, String due, String status) {
	}

	record DecisionLine(String number, String item, String text, List<ActionLine> actions) {
	}

	/** The minutes of a meeting in one language. */
	record MinutesPaper(String language, String title, String when, String venue, String link, String status,
			int present, List<Count> byInstitution, List<Count> bySex, String quorum, String openingMarkdown,
			String openingHtml, List<MinutesItem> items, List<DecisionLine> decisions) {
	}

	record AgendaLine(int number, String title, String kind, String presenter, String duration) {
	}

	/**
	 * A participant: invited (with an answer, when the reader may see answers) or
	 * present.
	 */
	record ParticipantLine(String name, String institution, String detail) {
	}

	record AttachmentLine(String name, Integer pages) {

		public boolean included() {
			return this.pages != null;
		}

	}

	/**
	 * The pack's own pages, in the reader's language; the cover also names the meeting in
	 * each of its other working languages ({@code otherTitles}).
	 */
	record PackPaper(String title, String code, String type, String status, String when, String venue, String link,
			List<AgendaLine> agenda, boolean held, List<ParticipantLine> participants, boolean answersShown,
			String attendanceSummary, List<AttachmentLine> attachments, List<TitleLine> otherTitles) {
	}

	/** A title in one language, with its language tag for the {@code lang} attribute. */
	record TitleLine(String lang, String text) {
	}

}
