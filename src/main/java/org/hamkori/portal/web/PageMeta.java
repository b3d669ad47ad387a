package org.hamkori.portal.web;

/**
 * What a public page tells search engines and link previews: its title, a description,
 * its absolute address and, where it has one, its Atom feed. The layout writes them as
 * the meta description and OpenGraph tags.
 */
record PageMeta(String title, String description, String url, String feed) {

}
