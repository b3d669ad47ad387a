package org.hamkori.meetings;

import java.util.UUID;

/** What happened to a meeting, for the modules that follow meetings (notifications). */
public final class MeetingEvents {

	private MeetingEvents() {
	}

	/** Invitations went out for the first time. */
	public record MeetingAnnounced(UUID meetingId, int sequence) {
	}

	/**
	 * The time, place or title of an announced meeting changed; invitations are re-sent.
	 */
	public record MeetingRescheduled(UUID meetingId, int sequence) {
	}

	/** An announced meeting was cancelled. */
	public record MeetingCancelled(UUID meetingId, int sequence) {
	}

	/** Minutes were sent to the members for comments. */
	public record MinutesCirculated(UUID meetingId) {
	}

}
