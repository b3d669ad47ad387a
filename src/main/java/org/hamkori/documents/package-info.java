/**
 * Files attached to the records of other modules: the papers of a meeting, an agenda
 * item's annexes, the evidence behind an action's progress update, the text of a policy
 * change. A mechanism's documents page lists them all, each named and linked by the
 * module that owns its record ({@link org.hamkori.documents.DocumentPlaces}). The owning
 * module decides who may upload (it checks its own rules, then calls
 * {@link org.hamkori.documents.Documents#upload}); this module decides who may see and
 * download, always through {@link org.hamkori.shared.security.Viewer#canSee}, and answers
 * 404 for anything the viewer may not see.
 * <p>
 * An upload is accepted only when its content (never its name or the browser's word) is a
 * PDF, an Office Open XML or OpenDocument text, spreadsheet or presentation, or a PNG or
 * JPEG image, within the size cap. Bytes are kept behind {@link FileStorage} under a
 * random key, in a directory by default or in the database for several nodes without a
 * shared disk; the user's file name is only metadata, and downloads are always served as
 * attachments.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "shared", "shared :: search", "shared :: rules",
		"shared :: audit", "shared :: i18n", "shared :: security", "shared :: settings", "shared :: web", "directory" })
package org.hamkori.documents;
