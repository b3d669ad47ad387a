package org.hamkori.documents;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.hamkori.shared.security.Visibility;

/**
 * What the secretariat writes about a library document; checked by {@link Library}.
 */
public record LibraryDetails(LibraryCategory category, String title, String description, List<Integer> gcm,
		List<String> themes, Visibility visibility, Set<UUID> institutions, List<LibraryDocument.Link> links) {

}
