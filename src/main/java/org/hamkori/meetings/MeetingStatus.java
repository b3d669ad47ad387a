package org.hamkori.meetings;

import java.util.Locale;

/**
 * Where a meeting stands: draft → announced → held → minutes in draft → minutes
 * circulated → minutes adopted; draft or announced meetings may be cancelled.
 */
public enum MeetingStatus {

	DRAFT, ANNOUNCED, HELD, MINUTES_DRAFT, MINUTES_CIRCULATED, MINUTES_ADOPTED, CANCELLED;

	public String messageKey() {
		return "meeting.status." + name().toLowerCase(Locale.ROOT);
	}

	/** After the meeting took place: attendance and minutes may be recorded. */
	public boolean isHeld() {
		return this == HELD || this == MINUTES_DRAFT || this == MINUTES_CIRCULATED || this == MINUTES_ADOPTED;
	}

	/** Before the meeting: the plan (time, venue, agenda) may change. */
	public boolean isPlanned() {
		return this == DRAFT || this == ANNOUNCED;
	}

}
