package org.hamkori.meetings;

import java.time.Instant;
import java.util.UUID;

import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/** One person who came, for an institution, perhaps in someone's place. */
@Table("attendance")
public record Attendance(@Id UUID id, UUID meetingId, UUID personId, String fullName, UUID organisationId, String sex,
		UUID substituteFor, String recordedBy) {

}
