package org.hamkori.results;

import java.util.UUID;

import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/**
 * The record of a mechanism that guides an activity ({@link Purpose#GUIDED_BY}) or that
 * caused its postponement or cancellation ({@link Purpose#CHANGE_CAUSE}): kept by id and
 * by its stable code ({@code CCM-TJ/1/D2}).
 */
@Table("activity_guidance")
public record ActivityGuidance(@Id UUID id, UUID activityId, Purpose purpose, Kind recordKind, UUID recordId,
		String recordCode) {

	/** Why the activity names the record. */
	public enum Purpose {

		GUIDED_BY, CHANGE_CAUSE

	}

	/** What kind of record of a mechanism it is. */
	public enum Kind {

		DECISION, RECOMMENDATION, ISSUE

	}

}
