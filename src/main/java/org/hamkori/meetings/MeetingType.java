package org.hamkori.meetings;

import java.util.Locale;

/**
 * What kind of meeting: each type is numbered on its own, so the 3rd ordinary meeting and
 * the 1st extraordinary one can both exist ({@code CCM-TJ/3}, {@code CCM-TJ/EX1}).
 */
public enum MeetingType {

	ORDINARY(""), EXTRAORDINARY("EX"), WORKING_GROUP("WG"), REGIONAL("");

	private final String prefix;

	MeetingType(String prefix) {
		this.prefix = prefix;
	}

	public String prefix() {
		return this.prefix;
	}

	public String messageKey() {
		return "meeting.type." + name().toLowerCase(Locale.ROOT);
	}

	/** Regular meetings get the standing follow-up item. */
	public boolean hasFollowUp() {
		return this == ORDINARY || this == REGIONAL;
	}

}
