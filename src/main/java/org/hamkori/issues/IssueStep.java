package org.hamkori.issues;

import java.time.Instant;
import java.util.UUID;

import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/**
 * One step of an issue's timeline: the status it reached, who took it, when, and a note.
 */
@Table("issue_step")
public record IssueStep(@Id UUID id, UUID issueId, IssueStatus status, String note, String actor, Instant createdAt) {

}
