package org.hamkori.shared.text;

import java.nio.charset.StandardCharsets;

/**
 * Content lines folded as RFC 5545 (iCalendar) and RFC 6350 (vCard) require: no line
 * longer than 75 octets of UTF-8, excluding the line break, each continuation starting
 * with one space; a character is never split. ical4j's own folding counts characters, so
 * a line of Cyrillic or Tajik text came out at up to 150 octets; its writer is told not
 * to fold, and this folds the lines it wrote.
 */
public final class LineFolding {

	/** The longest line RFC 5545 3.1 allows, in octets. */
	public static final int MAX_OCTETS = 75;

	private LineFolding() {
	}

	/**
	 * Folds every line of a text whose lines end in CRLF.
	 * @param text unfolded content lines, each ending in CRLF
	 * @return the same lines, folded, each physical line ending in CRLF
	 */
	public static String fold(String text) {
		StringBuilder out = new StringBuilder(text.length() + text.length() / 32);
		int start = 0;
		while (start < text.length()) {
			int end = text.indexOf("\r\n", start);
			if (end < 0) {
				end = text.length();
			}
			foldLine(text, start, end, out);
			start = end + 2;
		}
		return out.toString();
	}

	private static void foldLine(String text, int start, int end, StringBuilder out) {
		int octets = 0;
		int i = start;
		while (i < end) {
			int codePoint = text.codePointAt(i);
			int width = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8).length;
			if (octets + width > MAX_OCTETS) {
				out.append("\r\n ");
				octets = 1;
			}
			out.appendCodePoint(codePoint);
			octets += width;
			i += Character.charCount(codePoint);
		}
		out.append("\r\n");
	}

}
