package org.hamkori.documents;

import java.util.Optional;
import java.util.Set;

import org.hamkori.shared.i18n.LocalizedText;
import org.hamkori.shared.security.Viewer;

/**
 * Where documents sit, told by the modules that own them: a module that attaches files to
 * its records (meetings, actions, issues) implements this for its own kinds of owner, so
 * that a mechanism's document list can name and link each file's record without this
 * module knowing those records. An owner the viewer may not see is left out of the
 * answer, and its documents are then neither listed nor counted.
 */
public interface DocumentPlaces {

	/**
	 * The record a document is attached to, as the list shows it: its title and its page.
	 */
	record Place(LocalizedText title, String href) {
	}

	/** The kinds of owner this module attaches documents to. */
	Set<String> kinds();

	/**
	 * Where the owner's documents sit, when the viewer may see the owner; empty
	 * otherwise.
	 */
	Optional<Place> place(DocumentOwner owner, Viewer viewer);

}
