package org.hamkori.shared.search;

import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The record a person picked from a search picker, as its choice posts it:
 * {@code type:id} (see {@link RecordFinder.Found#value()}). Parsing it is all this does:
 * whether the viewer may see the record is checked again where it is linked, since a
 * posted value can be forged.
 *
 * @param type the search type, such as {@code programme}
 * @param id the record's id
 */
public record PickedRecord(String type, UUID id) {

	/**
	 * The picked record when the value is {@code type:uuid} with one of the given types;
	 * empty for anything else (blank, another type, a malformed id).
	 */
	public static Optional<PickedRecord> parse(String value, Set<String> types) {
		if (value == null) {
			return Optional.empty();
		}
		String written = value.strip();
		int colon = written.indexOf(':');
		if (colon <= 0 || !types.contains(written.substring(0, colon))) {
			return Optional.empty();
		}
		try {
			return Optional.of(new PickedRecord(written.substring(0, colon),
					UUID.fromString(written.substring(colon + 1).strip())));
		}
		catch (IllegalArgumentException ex) {
			return Optional.empty();
		}
	}

	/** The value a choice posts for this record. */
	public String value() {
		return this.type + ":" + this.id;
	}

}
