package org.hamkori.documents;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.hamkori.shared.security.Viewer;
import org.hamkori.shared.security.Visibility;

/**
 * A document a mechanism keeps in its library (the RCM's is the region's): what it is,
 * how it is tagged, who may see it and which records it concerns. Its files (one per
 * language and version) are {@link LibraryFile}s.
 *
 * @param gcm the GCM objectives (1 to 23) it concerns, ascending
 * @param themes free themes, as typed
 * @param links the records it concerns; shown only when the viewer may see them
 * @param version the row's version, for optimistic locking
 */
public record LibraryDocument(UUID id, UUID mechanismId, LibraryCategory category, String title, String description,
		List<Integer> gcm, List<String> themes, Visibility visibility, Set<UUID> institutions, List<Link> links,
		Instant createdAt, String createdBy, Instant updatedAt, String updatedBy, int version) {

	/** A record of another module the document concerns: its kind and id. */
	public record Link(String kind, UUID id) {
	}

	public LibraryDocument {
		gcm = (gcm != null) ? List.copyOf(gcm) : List.of();
		themes = (themes != null) ? List.copyOf(themes) : List.of();
		institutions = (institutions != null) ? Set.copyOf(institutions) : Set.of();
		links = (links != null) ? List.copyOf(links) : List.of();
	}

	/**
	 * Whether anyone may read it (today anyone signed in; the public portal will use the
	 * same rule).
	 */
	public boolean isPublic() {
		return this.visibility == Visibility.PUBLIC;
	}

	/**
	 * The one rule for who may see a library document, its files and its preview: public
	 * ones anyone, members-only ones the mechanism's members (and admins), restricted
	 * ones the mechanism's secretariat and the named institutions' representatives.
	 */
	public boolean visibleTo(Viewer viewer) {
		return viewer != null && viewer.canSee(this.mechanismId, this.visibility, this.institutions);
	}

}
