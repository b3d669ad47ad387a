package org.hamkori.issues;

import java.time.Instant;
import java.util.Locale;
import java.util.UUID;

import org.hamkori.shared.i18n.LocalizedText;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/**
 * What a mechanism agreed to do about an issue, addressed to target institutions, perhaps
 * recorded as a meeting decision; actions implement it and policy changes answer it. A
 * recommendation of the RCM may be sent down to the national mechanisms it names.
 */
@Table("recommendation")
public record Recommendation(@Id UUID id, UUID mechanismId, UUID issueId, LocalizedText text, UUID decisionId,
		Status status, String createdBy, Instant createdAt, @Version Integer version) {

	public enum Status {

		AGREED, IN_IMPLEMENTATION, IMPLEMENTED, WITHDRAWN;

		public String messageKey() {
			return "recommendation.status." + name().toLowerCase(Locale.ROOT);
		}

	}

}
