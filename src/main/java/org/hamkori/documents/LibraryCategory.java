package org.hamkori.documents;

import java.util.Locale;

/** What kind of paper a library document is; the list filters by it. */
public enum LibraryCategory {

	LAWS, STUDIES, REPORTS, MEETING_PAPERS, AGREEMENTS, TRAINING;

	public String messageKey() {
		return "library.category." + name().toLowerCase(Locale.ROOT);
	}

}
