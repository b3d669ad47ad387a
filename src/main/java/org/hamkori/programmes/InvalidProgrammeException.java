package org.hamkori.programmes;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A programme or agreement that cannot be stored as given. Carries, per field, the
 * message key that explains why, so pages and the API say it in the reader's language.
 * Nothing has been written when it is thrown.
 */
public class InvalidProgrammeException extends IllegalArgumentException {

	private final Map<String, String> errors;

	InvalidProgrammeException(Map<String, String> errors) {
		super("Invalid record: " + errors.keySet());
		this.errors = Collections.unmodifiableMap(new LinkedHashMap<>(errors));
	}

	/** Field name to message key, in the order found. */
	public Map<String, String> errors() {
		return this.errors;
	}

}
