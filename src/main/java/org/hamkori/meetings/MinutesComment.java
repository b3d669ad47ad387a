package org.hamkori.meetings;

import java.time.Instant;
import java.util.UUID;

import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/** A members' comment on circulated minutes, and how the secretariat resolved it. */
@Table("minutes_comment")
public record MinutesComment(@Id UUID id, UUID meetingId, String author, String authorName, String body,
		Instant createdAt, String resolution, String resolvedBy, Instant resolvedAt) {

	public boolean isResolved() {
		return this.resolvedAt != null;
	}

}
