package org.hamkori.shared.text;

/** Small helpers for text people type into forms. */
public final class Texts {

	private Texts() {
	}

	/** The text without surrounding blanks, or null when nothing was typed. */
	public static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

}
