package org.hamkori.shared.export;

import java.math.BigInteger;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

/**
 * Word's built-in paragraph styles a printed document uses (Title, Heading 1, Heading 2),
 * in the minutes and the progress reports, with their outline levels, so that Word,
 * LibreOffice and screen readers see the structure; the document's language (spelling and
 * the core properties) and its title.
 */
public final class DocxStyles {

	public static final String TITLE = "Title";

	public static final String HEADING_1 = "Heading1";

	public static final String HEADING_2 = "Heading2";

	private DocxStyles() {
	}

	public static void apply(XWPFDocument doc, String language, String title) {
		XWPFStyles styles = doc.createStyles();
		styles.setSpellingLanguage(language);
		add(styles, TITLE, "Title", null);
		add(styles, HEADING_1, "heading 1", 0);
		add(styles, HEADING_2, "heading 2", 1);
		doc.getProperties().getCoreProperties().setTitle(title);
		doc.getProperties().getCoreProperties().setCreator("Hamkori");
		doc.getProperties().getCoreProperties().getUnderlyingProperties().setLanguageProperty(language);
	}

	private static void add(XWPFStyles styles, String id, String name, Integer outlineLevel) {
		CTStyle style = CTStyle.Factory.newInstance();
		style.setStyleId(id);
		style.setType(STStyleType.PARAGRAPH);
		style.addNewName().setVal(name);
		style.addNewBasedOn().setVal("Normal");
		style.addNewNext().setVal("Normal");
		style.addNewQFormat();
		if (outlineLevel != null) {
			style.addNewPPr().addNewOutlineLvl().setVal(BigInteger.valueOf(outlineLevel));
		}
		styles.addStyle(new XWPFStyle(style));
	}

	/** A paragraph in one of the heading styles, in bold. */
	public static void heading(XWPFDocument doc, String style, String text, int size) {
		XWPFParagraph paragraph = doc.createParagraph();
		paragraph.setStyle(style);
		run(paragraph, text, true, size);
	}

	/** A plain paragraph. */
	public static void text(XWPFDocument doc, String text, boolean bold, int size) {
		run(doc.createParagraph(), text, bold, size);
	}

	/** A table row's cells, one text each. */
	public static void row(XWPFTableRow row, boolean bold, int size, String... cells) {
		for (int i = 0; i < cells.length; i++) {
			run(row.getCell(i).getParagraphs().get(0), cells[i], bold, size);
		}
	}

	/** A run of text, its line breaks kept. */
	public static void run(XWPFParagraph paragraph, String text, boolean bold, int size) {
		XWPFRun run = paragraph.createRun();
		run.setFontFamily(XhtmlPdf.FONT_FAMILY);
		run.setFontSize(size);
		run.setBold(bold);
		String[] lines = (text != null) ? text.split("\\R", -1) : new String[] { "" };
		for (int i = 0; i < lines.length; i++) {
			if (i > 0) {
				run.addBreak();
			}
			run.setText(lines[i], i);
		}
	}

}
