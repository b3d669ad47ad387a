package org.hamkori.sdg;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import org.hamkori.shared.security.Visibility;

/**
 * One mechanism's self-assessment for one year, with its answers by item code. Missing
 * items have no entry, or an entry without an answer (a comment only).
 */
public record Sdg1072Round(UUID id, UUID mechanismId, int year, RoundStatus status, Visibility visibility,
		Instant createdAt, String createdBy, Instant updatedAt, String updatedBy, Instant submittedAt,
		String submittedBy, long version, Map<String, ItemAnswer> answers) {

	public Sdg1072Round {
		answers = Map.copyOf(answers);
	}

	public boolean isDraft() {
		return this.status == RoundStatus.DRAFT;
	}

	public ItemAnswer answer(String item) {
		return this.answers.getOrDefault(item, new ItemAnswer(item, null, null));
	}

	public RoundScore score() {
		return RoundScore.of(this.answers);
	}

}
