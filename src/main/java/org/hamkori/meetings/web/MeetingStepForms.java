package org.hamkori.meetings.web;

import java.util.List;
import java.util.UUID;

import org.hamkori.meetings.Invitation;

/**
 * The small forms of a meeting's steps, invitation answers and attendance: each carries
 * only what its step needs. The rules are checked by the meetings module.
 */
final class MeetingStepForms {

	private MeetingStepForms() {
	}

	/** The version of the meeting the page showed, for a step such as announcing. */
	record Version(Integer version) {
	}

	/** Why a meeting is cancelled, and the version read. */
	record Cancel(String reason, Integer version) {
	}

	/** An answer to an invitation, with the substitute's name when one is sent. */
	record Answer(Invitation.Response response, String substituteName) {
	}

	/** The people present in their own seats. */
	record Members(List<UUID> person) {
	}

	/** A person present in place of a member. */
	record Substitute(String fullName, String sex, UUID substituteFor) {
	}

	/** The meeting whose attendance list a row is removed from. */
	record Remove(UUID meeting) {
	}

}
