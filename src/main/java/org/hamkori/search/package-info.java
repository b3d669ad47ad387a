/**
 * One search over everything a person may see, fed by events; nothing depends on it.
 * <p>
 * The owning modules describe their records through {@code shared.search.SearchSource};
 * this module keeps an index of them in the shared database (so every node answers the
 * same), re-reads a record after each audited change and builds the whole index at
 * start-up when empty and every night. A query pre-filters by audience in SQL and then
 * asks each source which hits the viewer may see, by that module's own rights checks,
 * before counting or showing anything. Words are matched by stem and by Latin spelling
 * (see {@link org.hamkori.search.Terms}).
 */
@org.springframework.modulith.ApplicationModule(
		allowedDependencies = { "shared", "shared :: search", "shared :: audit", "shared :: i18n", "shared :: jdbc",
				"shared :: security", "shared :: web", "shared :: scheduling", "directory" })
package org.hamkori.search;
