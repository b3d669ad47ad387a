package org.hamkori.documents;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.hamkori.shared.i18n.LocalizedText;
import org.hamkori.shared.security.Viewer;

/**
 * The records a library document may be linked to (issues, meetings, decisions,
 * programmes), told by the module that can read them, in the manner of
 * {@link DocumentPlaces}: this module stores only a kind and an id, and asks here for the
 * title and page, so that a record the viewer may not see is never named.
 */
public interface LibraryLinkTargets {

	/** A linkable record as the viewer may see it. */
	record Target(String kind, UUID id, LocalizedText title, String href) {
	}

	/** The kinds of record this implementation answers for. */
	Set<String> kinds();

	/** The record, when it exists and the viewer may see it; empty otherwise. */
	Optional<Target> target(String kind, UUID id, Viewer viewer);

	/** The mechanism's records of these kinds the viewer may see, for a picker. */
	List<Target> choices(UUID mechanismId, Viewer viewer);

}
