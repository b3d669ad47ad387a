package org.hamkori.issues;

import java.time.Instant;
import java.util.Locale;
import java.util.UUID;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A regional recommendation as it arrives in one named national mechanism: waiting until
 * that mechanism accepts it (with actions) or explains why not. The RCM sees each
 * country's status.
 */
@Table("incoming_item")
public record IncomingItem(@Id UUID id, UUID recommendationId, UUID mechanismId, UUID issueId, Status status,
		String answer, String answeredBy, Instant answeredAt, Instant createdAt, @Version Integer version) {

	public enum Status {

		WAITING, ACCEPTED, EXPLAINED;

		public String messageKey() {
			return "incoming.status." + name().toLowerCase(Locale.ROOT);
		}

	}

}
