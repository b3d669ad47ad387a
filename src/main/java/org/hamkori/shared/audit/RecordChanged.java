package org.hamkori.shared.audit;

import java.util.Map;
import java.util.UUID;

/**
 * Published by every module for every change a person makes, inside the changing
 * transaction, so the audit row and the change commit together or not at all.
 *
 * @param actor the username of who made the change
 * @param mechanismId the mechanism the record belongs to, or {@code null} for
 * platform-wide records
 * @param recordType a stable name such as {@code membership}
 * @param recordId the record's identifier
 * @param action what happened, such as {@code created}, {@code updated}, {@code ended}
 * @param changes field name to {@code [before, after]}, or other facts worth keeping
 */
public record RecordChanged(String actor, UUID mechanismId, String recordType, UUID recordId, String action,
		Map<String, Object> changes) {

	public RecordChanged {
		changes = (changes != null) ? java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(changes))
				: Map.of();
	}

	/**
	 * The fields that changed, from triples of name, before, after; unchanged ones are
	 * left out.
	 */
	public static Map<String, Object> diff(Object... triples) {
		Map<String, Object> result = new java.util.LinkedHashMap<>();
		for (int i = 0; i + 2 < triples.length; i += 3) {
			Object before = triples[i + 1];
			Object after = triples[i + 2];
			if (!java.util.Objects.equals(before, after)) {
				result.put((String) triples[i], new java.util.ArrayList<>(java.util.Arrays.asList(before, after)));
			}
		}
		return result;
	}

}
