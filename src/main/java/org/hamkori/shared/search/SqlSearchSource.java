package org.hamkori.shared.search;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A {@link SearchSource} whose records are read by {@link SqlSearchKinds}: it pages and
 * re-reads them through those selects, so the module adds only its kinds and its rights
 * check ({@link #visibleTo}).
 */
public abstract class SqlSearchSource implements SearchSource {

	/** The selects of this source's kinds of record. */
	protected abstract SqlSearchKinds kinds();

	@Override
	public Set<String> types() {
		return kinds().types();
	}

	@Override
	public List<SearchEntry> entries(String type, @Nullable UUID after, int limit) {
		return kinds().entries(type, after, limit);
	}

	@Override
	public List<SearchEntry> changed(String recordType, UUID recordId) {
		return kinds().changed(recordId);
	}

}
