package org.hamkori.shared.jdbc;

import java.util.Map;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.hamkori.shared.i18n.LocalizedText;

/**
 * How a {@link LocalizedText} is stored: a JSON object of language to text in a plain
 * character column, which reads the same on H2 and PostgreSQL. Read models built with
 * {@code JdbcClient} use it directly.
 */
public final class LocalizedTextColumns {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final TypeReference<Map<String, String>> MAP = new TypeReference<>() {
	};

	private LocalizedTextColumns() {
	}

	public static LocalizedText parse(String json) {
		return (json != null) ? new LocalizedText(JSON.readValue(json, MAP)) : new LocalizedText(Map.of());
	}

	public static String write(LocalizedText text) {
		return JSON.writeValueAsString(text.values());
	}

}
