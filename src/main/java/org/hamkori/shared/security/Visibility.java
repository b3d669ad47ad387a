package org.hamkori.shared.security;

/**
 * Who may see a record of a mechanism: anyone, the mechanism's members, or its
 * secretariat plus named institutions. Checked by {@link Viewer#canSee}.
 */
public enum Visibility {

	PUBLIC, MEMBERS, RESTRICTED;

	public String key() {
		return "visibility." + name().toLowerCase(java.util.Locale.ROOT);
	}

}
