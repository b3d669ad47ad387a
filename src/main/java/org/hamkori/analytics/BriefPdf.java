package org.hamkori.analytics;

import java.util.Locale;
import java.util.Map;

import org.hamkori.shared.export.XhtmlPdf;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Renders the XHTML templates under {@code templates/statistics/analytics/pdf/} to PDF
 * through the shared {@link XhtmlPdf}, as the meeting papers are: an engine of its own in
 * XML mode, the bundled DejaVu Sans (Tajik, Kazakh, Kyrgyz and Uzbek letters), and no
 * address outside the document ever resolved. Charts are drawn as plain blocks in the
 * document, so no browser is involved.
 */
@Component
class BriefPdf {

	private final XhtmlPdf briefs;

	BriefPdf(MessageSource messages) {
		this.briefs = new XhtmlPdf("analytics/pdf", messages);
	}

	byte[] render(String template, Locale locale, Map<String, Object> variables) {
		return this.briefs.render(template, locale, variables);
	}

}
