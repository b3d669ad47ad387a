package org.hamkori.documents;

import java.util.Objects;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The record a document is attached to, named by the owning module: a kind such as
 * {@code meeting}, {@code agenda-item} or {@code action-update}, and the record's id.
 */
public record DocumentOwner(String kind, UUID id) {

	private static final Pattern KIND = Pattern.compile("[a-z][a-z0-9-]{0,39}");

	public DocumentOwner {
		Objects.requireNonNull(id, "id");
		if (kind == null || !KIND.matcher(kind).matches()) {
			throw new IllegalArgumentException("A document owner's kind is a short lower-case name: " + kind);
		}
	}

}
