package org.hamkori.meetings;

import java.util.Locale;

/** What an agenda item asks of the meeting. */
public enum AgendaKind {

	INFORMATION, DISCUSSION, DECISION;

	public String messageKey() {
		return "agenda.kind." + name().toLowerCase(Locale.ROOT);
	}

}
