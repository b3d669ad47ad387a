package org.hamkori.shared.web;

/**
 * Downloads whose {@code lang} parameter names the document's language (the minutes in
 * Tajik), not the reader's choice of interface: neither the language cookie nor the
 * account's preferred language changes when someone downloads them.
 */
public final class DocumentLanguage {

	/** Path patterns excluded from the language switch. */
	public static final String[] PATHS = { "/meetings/*/minutes.pdf", "/meetings/*/minutes.docx",
			"/results/reports/*/report.pdf", "/results/reports/*/report.docx" };

	private DocumentLanguage() {
	}

}
