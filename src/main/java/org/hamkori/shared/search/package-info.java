/**
 * The search's extension point: feature modules implement
 * {@link org.hamkori.shared.search.SearchSource} as beans for the records they own, and
 * the search module indexes their {@link org.hamkori.shared.search.SearchEntry entries}
 * and asks them again, before it shows or counts anything, which of the found records a
 * viewer may see. No module depends on the search module.
 */
@org.springframework.modulith.NamedInterface("search")
package org.hamkori.shared.search;
