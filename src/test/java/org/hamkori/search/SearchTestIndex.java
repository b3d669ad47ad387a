package org.hamkori.search;

import java.util.UUID;

import org.springframework.context.ApplicationContext;

/**
 * For tests outside the search module (browser tests): indexes one record at once, as the
 * search does after a change, since the tests run without the start-up build.
 */
public final class SearchTestIndex {

	private SearchTestIndex() {
	}

	public static void reindex(ApplicationContext context, String type, UUID id) {
		context.getBean(SearchIndexer.class).reindex(type, id);
	}

}
