package org.hamkori.shared.search;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.hamkori.shared.security.Viewer;

/**
 * A module's records for the one search. Implemented by the owning module as a Spring
 * bean, next to its own rights checks; the search module gathers every bean of this type.
 */
public interface SearchSource {

	/** The kinds of record this source serves, such as {@code meeting}. */
	Set<String> types();

	/**
	 * A page of all entries of one type, in order of id, for a full build.
	 * @param type one of {@link #types()}
	 * @param after the last id of the previous page, or {@code null} for the first
	 * @param limit the most entries to answer
	 */
	List<SearchEntry> entries(String type, @Nullable UUID after, int limit);

	/**
	 * The current entries of a record that has just changed (as named by the audit event
	 * {@code RecordChanged}): the record itself if this source serves it, and any of its
	 * parts or parents whose entry the change alters. Empty when this source serves none
	 * of them or the record is gone.
	 */
	List<SearchEntry> changed(String recordType, UUID recordId);

	/**
	 * Which of these records of one type the viewer may see, by the owning module's own
	 * rights checks; unknown ids are left out.
	 */
	Set<UUID> visibleTo(Viewer viewer, String type, Collection<UUID> ids);

}
