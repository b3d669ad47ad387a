package org.hamkori.meetings;

import java.util.Locale;
import java.util.Map;

import org.hamkori.shared.export.XhtmlPdf;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Turns the XHTML templates under {@code templates/meetings/papers/} into PDF, in the
 * locale asked for (which need not be the reader's), through the shared {@link XhtmlPdf}:
 * its own engine in XML mode, the bundled DejaVu Sans, and nothing outside the document
 * ever fetched.
 */
@Component
class PaperPdf {

	static final String FONT_FAMILY = XhtmlPdf.FONT_FAMILY;

	private final XhtmlPdf papers;

	PaperPdf(MessageSource messages) {
		this.papers = new XhtmlPdf("meetings/papers", messages);
	}

	/** The template rendered as XHTML, with labels in the given locale. */
	String xhtml(String template, Locale locale, Map<String, Object> variables) {
		return this.papers.xhtml(template, locale, variables);
	}

	/** The template as a PDF. */
	byte[] render(String template, Locale locale, Map<String, Object> variables) {
		return this.papers.render(template, locale, variables);
	}

	/** XHTML as a PDF, fetching nothing from outside. */
	byte[] pdf(String xhtml) {
		return XhtmlPdf.pdf(xhtml);
	}

}
