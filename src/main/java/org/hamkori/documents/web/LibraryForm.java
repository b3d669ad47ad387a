package org.hamkori.documents.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.hamkori.documents.LibraryCategory;
import org.hamkori.documents.LibraryDetails;
import org.hamkori.documents.LibraryDocument;
import org.hamkori.shared.search.PickedRecord;
import org.hamkori.shared.security.Visibility;

/**
 * A library document as the secretariat types it: title, description, category, GCM
 * objectives, themes (separated by commas), who may see it and the linked records (each
 * {@code kind:id}, as picked by words from the search); on creation also the first file's
 * language. The mechanism comes from the address; the rules are checked by
 * {@link org.hamkori.documents.Library}.
 */
record LibraryForm(String title, String description, LibraryCategory category, List<Integer> gcm, String themes,
		Visibility visibility, List<UUID> institutionIds, List<String> links, String language, Integer version) {

	/** The kinds of record a library document links to, as the search names them. */
	static final Set<String> LINK_KINDS = Set.of("issue", "meeting", "decision", "programme");

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
	 * The linked records, each picked as {@code kind:uuid} (see {@link PickedRecord}); a
	 * value that is not one becomes a link no one knows, which the library refuses.
	 */
	List<LibraryDocument.Link> parsedLinks() {
		List<LibraryDocument.Link> result = new ArrayList<>();
		if (this.links == null) {
			return result;
		}
		for (String value : this.links) {
			result.add(PickedRecord.parse(value, LINK_KINDS)
				.map((p) -> new LibraryDocument.Link(p.type(), p.id()))
				.orElseGet(() -> new LibraryDocument.Link("unknown", new UUID(0, 0))));
		}
		return result;
	}

	public boolean hasGcm(int objective) {
		return this.gcm != null && this.gcm.contains(objective);
	}

	public boolean hasInstitution(UUID id) {
		return this.institutionIds != null && this.institutionIds.contains(id);
	}

}
