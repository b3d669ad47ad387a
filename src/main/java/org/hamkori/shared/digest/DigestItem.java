package org.hamkori.shared.digest;

/**
 * One line of the digest: its section, the text (already in the reader's language, plain
 * text), and a path under the base URL (such as {@code /actions/…}) to read more.
 */
public record DigestItem(DigestSection section, String text, String path) {

	public DigestItem {
		if (section == null || text == null || text.isBlank()) {
			throw new IllegalArgumentException("A digest line needs a section and a text");
		}
		if (path != null && !path.startsWith("/")) {
			throw new IllegalArgumentException("A digest link is a path under the base URL: " + path);
		}
	}

}
