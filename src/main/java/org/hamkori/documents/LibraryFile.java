package org.hamkori.documents;

/**
 * One file of a library document: the stored file, its language and its version within
 * that language (1 for the first upload; a new version keeps the older ones).
 */
public record LibraryFile(StoredDocument file, String language, int versionNo) {

}
