package org.hamkori.meetings;

import java.time.Instant;
import java.util.UUID;

import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/** A private calendar address of one user; revoked ones stop working at once. */
@Table("calendar_feed")
public record CalendarFeed(@Id UUID id, UUID userId, UUID personId, Instant createdAt, Instant revokedAt) {

}
