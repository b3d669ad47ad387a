package org.hamkori.meetings;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/**
 * The minutes of a meeting in one language, complete on its own: a Markdown summary per
 * agenda item (keyed by the item's id, plus {@link #OPENING} for the introduction). Each
 * save is kept as a revision; the version guards against two secretaries overwriting each
 * other.
 */
@Table("minutes")
public record Minutes(@Id UUID id, UUID meetingId, String language, String summaries, Instant updatedAt,
		String updatedBy, @Version Integer version) {

	public static final String OPENING = "opening";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	public Map<String, String> summaryMap() {
		return parse(this.summaries);
	}

	public String summaryOf(String key) {
		return summaryMap().getOrDefault(key, "");
	}

	static Map<String, String> parse(String json) {
		if (json == null || json.isBlank()) {
			return new LinkedHashMap<>();
		}
		return JSON.readValue(json, new TypeReference<LinkedHashMap<String, String>>() {
		});
	}

	static String write(Map<String, String> summaries) {
		return JSON.writeValueAsString(summaries);
	}

}
