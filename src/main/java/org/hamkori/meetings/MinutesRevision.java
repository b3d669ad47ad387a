package org.hamkori.meetings;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/** One saved state of a minutes text; every save adds one, none is ever changed. */
@Table("minutes_revision")
public record MinutesRevision(@Id UUID id, UUID minutesId, int revision, String summaries, Instant savedAt,
		String savedBy) {

	public Map<String, String> summaryMap() {
		return Minutes.parse(this.summaries);
	}

}
