package org.hamkori.meetings;

import java.time.Instant;
import java.util.UUID;

import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/** One invited person and their answer; the link token is stored only as a hash. */
@Table("invitation")
public record Invitation(@Id UUID id, UUID meetingId, UUID personId, Invitation.Response response,
		String substituteName, Instant respondedAt, Integer sentSequence) {

	public enum Response {

		NONE, ACCEPTED, DECLINED, SUBSTITUTE;

		public String messageKey() {
			return "rsvp.response." + name().toLowerCase(java.util.Locale.ROOT);
		}

	}

}
