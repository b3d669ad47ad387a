package org.hamkori.directory.web;

/**
 * The version of a person or organisation the edit page read, sent with the corrections
 * so that a change made meanwhile is noticed.
 */
record VersionForm(Integer version) {
}
