package org.hamkori.issues;

import java.time.Instant;
import java.util.UUID;

import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/**
 * An issue a national secretariat sent to the region, with its note;
 * {@code regionalIssue} is set once the RCM merges it into a regional issue.
 */
@Table("escalation")
public record Escalation(@Id UUID id, UUID issueId, UUID recommendationId, UUID fromMechanism, String note,
		String escalatedBy, Instant escalatedAt, UUID regionalIssue) {

}
