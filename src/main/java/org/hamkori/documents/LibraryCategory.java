package org.hamkori.documents;

import java.util.Locale;

/** What kind of paper a library document is; the list filters by it. */
public enum LibraryCategory {

	LAWS, STUDIES, REPORTS, MEETING_PAPERS, AGREEMENTS, TRAINING,

	/** A body's mandate, membership and working methods; the public portal links it. */
	TERMS_OF_REFERENCE;

	public String messageKey() {
		return "library.category." + name().toLowerCase(Locale.ROOT);
	}

}
