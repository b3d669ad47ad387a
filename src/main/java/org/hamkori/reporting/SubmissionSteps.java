package org.hamkori.reporting;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.hamkori.shared.audit.RecordChanged;
import org.hamkori.shared.security.Viewer;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The steps of a report's road (created, recalled, submitted, decided), one row each.
 * Submitting, approving and returning a report are audited as steps of its data set
 * ({@link RecordChanged}: {@code report-submitted}, {@code report-approved},
 * {@code report-returned}), which is also what tells the data set's followers.
 */
@Component
class SubmissionSteps {

	private final JdbcClient jdbc;

	private final JdbcTemplate jdbcTemplate;

	private final ApplicationEventPublisher events;

	SubmissionSteps(JdbcClient jdbc, JdbcTemplate jdbcTemplate, ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.jdbcTemplate = jdbcTemplate;
		this.events = events;
	}

	void record(UUID submissionId, SubmissionStatus status, String note, Viewer viewer, OffsetDateTime at) {
		this.jdbc
			.sql("insert into submission_step (id, submission_id, status, note, actor, at) values (?, ?, ?, ?, ?, ?)")
			.params(UUID.randomUUID(), submissionId, status.name(), note, viewer.actor(), at)
			.update();
		String action = switch (status) {
			case SUBMITTED -> "report-submitted";
			case APPROVED -> "report-approved";
			case RETURNED -> "report-returned";
			default -> null;
		};
		if (action != null) {
			this.jdbc.sql("""
					select d.id, d.mechanism_id, s.period from submission s
					join reporting_obligation o on o.id = s.obligation_id
					join data_set d on d.id = o.data_set_id where s.id = ?""")
				.param(submissionId)
				.query((rs, n) -> new RecordChanged(viewer.actor(), rs.getObject(2, UUID.class), "data-set",
						rs.getObject(1, UUID.class), action,
						java.util.Map.of("submission", submissionId.toString(), "period", rs.getString(3), "status",
								status.name())))
				.optional()
				.ifPresent(this.events::publishEvent);
		}
	}

	/**
	 * Records the creation of many drafts, each row {@code id, submission, actor, at}.
	 */
	void recordDrafts(List<Object[]> steps) {
		this.jdbcTemplate.batchUpdate("""
				insert into submission_step (id, submission_id, status, actor, at)
				values (?, ?, 'DRAFT', ?, ?)""", steps);
	}

}
