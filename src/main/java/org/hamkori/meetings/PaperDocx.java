package org.hamkori.meetings;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.hamkori.meetings.PaperContent.ActionLine;
import org.hamkori.meetings.PaperContent.Count;
import org.hamkori.meetings.PaperContent.DecisionLine;
import org.hamkori.meetings.PaperContent.MinutesItem;
import org.hamkori.meetings.PaperContent.MinutesPaper;
import org.hamkori.shared.export.DocxStyles;

/**
 * The minutes as a Word document (Apache POI): the same content as the PDF, every run in
 * DejaVu Sans so Central Asian letters show alike wherever the font is installed, and the
 * Markdown summaries as plain paragraphs. Title and headings carry Word's own heading
 * styles (so the navigation pane and a table of contents find them), and the document
 * states its language and title ({@link DocxStyles}).
 */
final class PaperDocx {

	private PaperDocx() {
	}

	static byte[] write(MinutesPaper paper, BiFunction<String, Object[], String> labels,
			Function<String, List<String>> paragraphs) {
		try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			DocxStyles.apply(doc, paper.language(), paper.title());
			text(doc, labels.apply("minutes.title", null), true, 11);
			heading(doc, DocxStyles.TITLE, paper.title(), 16);
			text(doc, paper.when(), false, 10);
			if (paper.venue() != null) {
				text(doc, labels.apply("meeting.venue", null) + ": " + paper.venue(), false, 10);
			}
			if (paper.link() != null) {
				text(doc, labels.apply("papers.link", null) + ": " + paper.link(), false, 10);
			}
			text(doc, labels.apply("papers.status", null) + ": " + paper.status(), false, 10);

			heading(doc, DocxStyles.HEADING_1, labels.apply("attendance.title", null), 13);
			text(doc, labels.apply("papers.attendance.present", new Object[] { paper.present() }), false, 10);
			if (!paper.byInstitution().isEmpty()) {
				counts(doc, labels.apply("attendance.institution", null), paper.byInstitution());
			}
			if (!paper.bySex().isEmpty()) {
				counts(doc, labels.apply("attendance.sex", null), paper.bySex());
			}
			text(doc, paper.quorum(), false, 10);

			heading(doc, DocxStyles.HEADING_1, labels.apply("papers.minutes.discussion", null), 13);
			for (String paragraph : paragraphs.apply(paper.openingMarkdown())) {
				text(doc, paragraph, false, 10);
			}
			for (MinutesItem item : paper.items()) {
				heading(doc, DocxStyles.HEADING_2, item.number() + ". " + item.title(), 11);
				List<String> summary = paragraphs.apply(item.markdown());
				if (summary.isEmpty()) {
					text(doc, labels.apply("papers.minutes.noSummary", null), false, 10);
				}
				for (String paragraph : summary) {
					text(doc, paragraph, false, 10);
				}
			}

			heading(doc, DocxStyles.HEADING_1, labels.apply("decisions.title", null), 13);
			if (paper.decisions().isEmpty()) {
				text(doc, labels.apply("decisions.empty", null), false, 10);
			}
			for (DecisionLine decision : paper.decisions()) {
				heading(doc, DocxStyles.HEADING_2, decision.number(), 11);
				if (decision.item() != null) {
					text(doc, decision.item(), false, 9);
				}
				text(doc, decision.text(), false, 10);
				if (!decision.actions().isEmpty()) {
					XWPFTable table = doc.createTable(1, 4);
					row(table.getRow(0), true, labels.apply("papers.action.title", null),
							labels.apply("papers.action.owner", null), labels.apply("papers.action.due", null),
							labels.apply("papers.action.status", null));
					for (ActionLine action : decision.actions()) {
						row(table.createRow(), false, action.title(), action.owner(), action.due(), action.status());
					}
				}
			}
			doc.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void counts(XWPFDocument doc, String heading, List<Count> counts) {
		XWPFTable table = doc.createTable(1, 2);
		row(table.getRow(0), true, heading, "");
		for (Count count : counts) {
			row(table.createRow(), false, count.label(), Integer.toString(count.count()));
		}
	}

	private static void row(XWPFTableRow row, boolean bold, String... cells) {
		DocxStyles.row(row, bold, 10, cells);
	}

	private static void heading(XWPFDocument doc, String style, String text, int size) {
		DocxStyles.heading(doc, style, text, size);
	}

	private static void text(XWPFDocument doc, String text, boolean bold, int size) {
		DocxStyles.text(doc, text, bold, size);
	}

}
