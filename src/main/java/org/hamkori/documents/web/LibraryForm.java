package org.hamkori.documents.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.UUID;

import org.hamkori.documents.LibraryCategory;
import org.hamkori.documents.LibraryDetails;
import org.hamkori.documents.LibraryDocument;
import org.hamkori.shared.security.Visibility;

/**
 * A library document as the secretariat types it: title, description, category, GCM
 * objectives, themes (separated by commas), who may see it and the linked records (each
 * {@code kind:id}); on creation also the first file's language. The mechanism comes from
 * the address; the rules are checked by {@link org.hamkori.documents.Library}.
 */
record LibraryForm(String title, String description, LibraryCategory category, List<Integer> gcm, String themes,
		Visibility visibility, List<UUID> institutionIds, List<String> links, String language, Integer version) {

	static LibraryForm empty(String language) {
		return new LibraryForm("", "", null, List.of(), "", Visibility.MEMBERS, List.of(), List.of(), language, null);
	}

	static LibraryForm of(LibraryDocument d) {
		return new LibraryForm(d.title(), d.description(), d.category(), d.gcm(), String.join(", ", d.themes()),
				d.visibility(), List.copyOf(d.institutions()),
				d.links().stream().map((l) -> l.kind() + ":" + l.id()).toList(), null, d.version());
	}

	LibraryDetails toDetails() {
		List<String> typedThemes = (this.themes != null) ? Arrays.asList(this.themes.split("[,;\\n]")) : List.of();
		return new LibraryDetails(this.category, this.title, this.description, this.gcm, typedThemes, this.visibility,
				(this.institutionIds != null) ? new LinkedHashSet<>(this.institutionIds) : null, parsedLinks());
	}

	/**
	 * The linked records; a value that is not {@code kind:uuid} becomes a link no one
	 * knows.
	 */
	private List<LibraryDocument.Link> parsedLinks() {
		List<LibraryDocument.Link> result = new ArrayList<>();
		if (this.links == null) {
			return result;
		}
		for (String value : this.links) {
			int colon = (value != null) ? value.indexOf(':') : -1;
			UUID id = null;
			if (colon > 0) {
				try {
					id = UUID.fromString(value.substring(colon + 1));
				}
				catch (IllegalArgumentException ex) {
					id = null;
				}
			}
			result.add((id != null) ? new LibraryDocument.Link(value.substring(0, colon), id)
					: new LibraryDocument.Link("unknown", new UUID(0, 0)));
		}
		return result;
	}

	public boolean hasGcm(int objective) {
		return this.gcm != null && this.gcm.contains(objective);
	}

	public boolean hasInstitution(UUID id) {
		return this.institutionIds != null && this.institutionIds.contains(id);
	}

	public boolean hasLink(String kind, UUID id) {
		return this.links != null && this.links.contains(kind + ":" + id);
	}

}
