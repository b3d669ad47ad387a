package org.hamkori.shared.search;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import org.hamkori.shared.security.Viewer;
import org.jspecify.annotations.Nullable;

/**
 * Finds records by words for a person who links one record to another (evidence for an
 * issue, a decision citing a recommendation): the one search, limited to some types, with
 * the same visibility rule as every page. Implemented by the search module, so a module
 * that links records asks through this interface and never depends on the search.
 */
public interface RecordFinder {

	/** The most records one question answers. */
	int LIMIT = 20;

	/**
	 * The records of these types the viewer may see that match every word, at most
	 * {@link #LIMIT}, grouped by type; empty for a blank question.
	 */
	default List<Found> find(String words, Set<String> types, Viewer viewer, Locale locale) {
		return find(words, types, null, viewer, locale);
	}

	/**
	 * As {@link #find(String, Set, Viewer, Locale)}, only records of this mechanism when
	 * it is given (a programme an action of the mechanism works with).
	 */
	List<Found> find(String words, Set<String> types, @Nullable UUID mechanismId, Viewer viewer, Locale locale);

	/**
	 * One record to choose: its type (such as {@code decision}), id, title in the
	 * reader's language and as escaped HTML with the matching words marked, and its
	 * address.
	 */
	record Found(String type, UUID id, String title, String titleHtml, String url) {

		/** The value a choice posts: the type and the id, as {@code decision:<id>}. */
		public String value() {
			return this.type + ":" + this.id;
		}

	}

}
