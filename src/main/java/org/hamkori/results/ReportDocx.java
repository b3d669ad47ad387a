package org.hamkori.results;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.function.Function;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.hamkori.shared.export.DocxStyles;

/**
 * A progress report as a Word document (Apache POI), with the same content as its PDF:
 * Word's own Title and Heading styles, the document's language and title, every run in
 * DejaVu Sans, as the minutes are.
 */
final class ReportDocx {

	private ReportDocx() {
	}

	static byte[] write(ReportPaper paper, Function<String, String> labels) {
		try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			DocxStyles.apply(doc, paper.language(), paper.title());
			heading(doc, DocxStyles.TITLE, paper.title(), 16);
			text(doc, paper.programme(), false, 11);
			text(doc, labels.apply("report.period") + ": " + paper.period(), false, 10);
			text(doc, labels.apply("report.state") + ": " + paper.state(), false, 10);

			section(doc, labels.apply("report.section.summary"), paper.summary(), labels);

			heading(doc, DocxStyles.HEADING_1, labels.apply("report.section.results"), 13);
			text(doc, labels.apply("report.table.year") + " " + paper.year(), false, 10);
			if (paper.table().isEmpty()) {
				text(doc, labels.apply("report.table.empty"), false, 10);
			}
			else {
				XWPFTable table = doc.createTable(1, 7);
				row(table.getRow(0), true, labels.apply("report.table.level"), labels.apply("report.table.indicator"),
						labels.apply("report.table.unit"), labels.apply("report.table.area"),
						labels.apply("report.table.target"), labels.apply("report.table.actual"),
						labels.apply("report.table.light"));
				for (ReportPaper.TableLine line : paper.table()) {
					row(table.createRow(), false, line.level(), line.indicator(), line.unit(), line.area(),
							line.target(), line.actual(), line.light());
				}
			}
			paragraphs(doc, paper.results(), labels);

			heading(doc, DocxStyles.HEADING_1, labels.apply("report.section.activities"), 13);
			heading(doc, DocxStyles.HEADING_2, labels.apply("report.activities.completed"), 11);
			activities(doc, paper.completed(), labels);
			heading(doc, DocxStyles.HEADING_2, labels.apply("report.activities.moved"), 11);
			activities(doc, paper.moved(), labels);
			heading(doc, DocxStyles.HEADING_2, labels.apply("report.guides"), 11);
			if (paper.guides().isEmpty()) {
				text(doc, labels.apply("report.guides.none"), false, 10);
			}
			else {
				XWPFTable guides = doc.createTable(1, 3);
				row(guides.getRow(0), true, labels.apply("report.guide.record"), labels.apply("report.guide.text"),
						labels.apply("report.guide.activities"));
				for (ReportPaper.GuideLine line : paper.guides()) {
					row(guides.createRow(), false, line.code(), line.text(), line.activities());
				}
			}
			paragraphs(doc, paper.activities(), labels);

			section(doc, labels.apply("report.section.risks"), paper.risks(), labels);
			doc.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void activities(XWPFDocument doc, java.util.List<ReportPaper.ActivityLine> lines,
			Function<String, String> labels) {
		if (lines.isEmpty()) {
			text(doc, labels.apply("report.activities.none"), false, 10);
			return;
		}
		XWPFTable table = doc.createTable(1, 6);
		row(table.getRow(0), true, labels.apply("report.activity.title"), labels.apply("report.table.area"),
				labels.apply("report.activity.dates"), labels.apply("report.activity.status"),
				labels.apply("report.activity.reason"), labels.apply("report.activity.guides"));
		for (ReportPaper.ActivityLine line : lines) {
			row(table.createRow(), false, line.code() + " " + line.title(), line.area(), line.dates(), line.status(),
					(line.reason() != null) ? line.reason() : "", line.guidance(labels.apply("guidance.cause.short")));
		}
	}

	private static void section(XWPFDocument doc, String heading, String text, Function<String, String> labels) {
		heading(doc, DocxStyles.HEADING_1, heading, 13);
		paragraphs(doc, text, labels);
	}

	private static void paragraphs(XWPFDocument doc, String text, Function<String, String> labels) {
		if (text == null || text.isBlank()) {
			text(doc, labels.apply("report.narrative.none"), false, 10);
			return;
		}
		for (String paragraph : text.strip().split("\\R\\s*\\R")) {
			text(doc, paragraph.strip(), false, 10);
		}
	}

	private static void row(XWPFTableRow row, boolean bold, String... cells) {
		DocxStyles.row(row, bold, 9, cells);
	}

	private static void heading(XWPFDocument doc, String style, String text, int size) {
		DocxStyles.heading(doc, style, text, size);
	}

	private static void text(XWPFDocument doc, String text, boolean bold, int size) {
		DocxStyles.text(doc, text, bold, size);
	}

}
