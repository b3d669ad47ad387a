package org.hamkori.reporting;

import java.time.OffsetDateTime;
import java.util.UUID;

import org.hamkori.indicators.Period;

/** One version of one period's report under an obligation. */
public record Submission(UUID id, UUID obligationId, Period period, int revision, SubmissionStatus status,
		String revisionReason, String returnComment, OffsetDateTime createdAt, String createdBy,
		OffsetDateTime submittedAt, String submittedBy, OffsetDateTime decidedAt, String decidedBy,
		OffsetDateTime releasedAt, OffsetDateTime regionalAcceptedAt, long version) {

	/** A step of its history: who moved it where, when, and why. */
	public record Step(SubmissionStatus status, String note, String actor, OffsetDateTime at) {
	}

}
