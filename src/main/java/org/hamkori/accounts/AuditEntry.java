package org.hamkori.accounts;

import java.time.Instant;
import java.util.UUID;

import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/**
 * One audited change: who, when (UTC), which mechanism, which record, and what changed
 * (as JSON).
 */
@Table("audit_entry")
public record AuditEntry(@Id UUID id, Instant occurredAt, String actor, UUID mechanismId, String recordType,
		UUID recordId, String action, String changes) {

}
