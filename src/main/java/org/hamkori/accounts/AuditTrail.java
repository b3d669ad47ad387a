package org.hamkori.accounts;

import java.time.Clock;
import java.util.UUID;

import tools.jackson.databind.json.JsonMapper;

import org.hamkori.shared.audit.RecordChanged;

import org.springframework.context.event.EventListener;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jdbc.core.JdbcAggregateTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes one audit row per change, in the transaction of the change itself, so that no
 * change goes unaudited and no audit row describes a change that was rolled back.
 */
@Service
public class AuditTrail {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final JdbcAggregateTemplate jdbc;

	private final AuditEntryRepository entries;

	private final Clock clock;

	AuditTrail(JdbcAggregateTemplate jdbc, AuditEntryRepository entries, Clock clock) {
		this.jdbc = jdbc;
		this.entries = entries;
		this.clock = clock;
	}

	@EventListener
	@Transactional(propagation = Propagation.MANDATORY)
	void on(RecordChanged change) {
		String changes = JSON.writeValueAsString(change.changes());
		if (changes.length() > 8000) {
			changes = changes.substring(0, 7990) + "…";
		}
		this.jdbc.insert(new AuditEntry(UUID.randomUUID(), this.clock.instant(), change.actor(), change.mechanismId(),
				change.recordType(), change.recordId(), change.action(), changes));
	}

	@Transactional(readOnly = true)
	public Page<AuditEntry> ofMechanism(UUID mechanismId, int page, int size) {
		return this.entries.findByMechanismId(mechanismId,
				PageRequest.of(page, size, Sort.by(Sort.Direction.DESC, "occurredAt")));
	}

}
