package org.hamkori.indicators;

import java.util.LinkedHashMap;
import java.util.Map;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** How a change's fields are kept: a JSON object of field to {@code [before, after]}. */
final class CatalogueChanges {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final TypeReference<LinkedHashMap<String, Object>> MAP = new TypeReference<>() {
	};

	private CatalogueChanges() {
	}

	static String write(Map<String, Object> changes) {
		return JSON.writeValueAsString(changes);
	}

	static Map<String, Object> parse(String json) {
		return (json != null) ? JSON.readValue(json, MAP) : Map.of();
	}

}
