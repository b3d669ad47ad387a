package org.hamkori.issues;

import java.time.Instant;
import java.util.Locale;
import java.util.UUID;

import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/**
 * Evidence or context linked to an issue: a decision, an action, a document, a meeting or
 * a programme.
 */
@Table("issue_link")
public record IssueLink(@Id UUID id, UUID issueId, Kind kind, UUID targetId, String createdBy, Instant createdAt) {

	public enum Kind {

		DECISION, ACTION, DOCUMENT, MEETING, PROGRAMME;

		public String messageKey() {
			return "issue.link." + name().toLowerCase(Locale.ROOT);
		}

	}

}
