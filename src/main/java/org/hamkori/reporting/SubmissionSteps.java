package org.hamkori.reporting;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.hamkori.shared.security.Viewer;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The steps of a report's road (created, recalled, submitted, decided), one row each. */
@Component
class SubmissionSteps {

	private final JdbcClient jdbc;

	private final JdbcTemplate jdbcTemplate;

	SubmissionSteps(JdbcClient jdbc, JdbcTemplate jdbcTemplate) {
		this.jdbc = jdbc;
		this.jdbcTemplate = jdbcTemplate;
	}

	void record(UUID submissionId, SubmissionStatus status, String note, Viewer viewer, OffsetDateTime at) {
		this.jdbc
			.sql("insert into submission_step (id, submission_id, status, note, actor, at) values (?, ?, ?, ?, ?, ?)")
			.params(UUID.randomUUID(), submissionId, status.name(), note, viewer.actor(), at)
			.update();
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
