package org.hamkori.documents;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

import org.hamkori.shared.security.Visibility;

/**
 * A file as the application knows it. The bytes are reached through
 * {@link Documents#open}; the storage key is never part of this record.
 *
 * @param fileName the user's name for the file, cleaned of path parts and control
 * characters, for display and the download's suggested name only
 * @param mediaType the type detected from the content
 * @param sha256 the content's SHA-256 in lower-case hex
 * @param uploadedBy the uploader's username
 */
public record StoredDocument(UUID id, UUID mechanismId, DocumentOwner owner, Visibility visibility,
		Set<UUID> institutions, String fileName, String mediaType, long size, String sha256, Instant uploadedAt,
		String uploadedBy) {

	public StoredDocument {
		institutions = (institutions != null) ? Set.copyOf(institutions) : Set.of();
	}

	/** A short name of the type for lists, such as {@code PDF} or {@code DOCX}. */
	public String typeName() {
		return FileType.ofMediaType(this.mediaType).map(FileType::name).orElse("?");
	}

}
