package org.hamkori.documents;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.hamkori.documents.DocumentPlaces.Place;
import org.hamkori.shared.security.Viewer;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The documents of a mechanism in one list, newest first: those the viewer may see whose
 * record (a meeting, an agenda item, an action's progress update, a policy change) the
 * viewer may see too, each with that record's title and page from its module's
 * {@link DocumentPlaces}. The files of the mechanism's own library are not among them
 * ({@link Library} lists those).
 */
@Service
@Transactional(readOnly = true)
public class DocumentLibrary {

	/** A document with the record it belongs to. */
	public record Listed(StoredDocument document, Place place) {
	}

	private final DocumentRecords records;

	private final List<DocumentPlaces> places;

	DocumentLibrary(DocumentRecords records, List<DocumentPlaces> places) {
		this.records = records;
		this.places = places;
	}

	public List<Listed> ofMechanism(UUID mechanismId, Viewer viewer) {
		List<StoredDocument> seen = this.records.ofMechanism(mechanismId)
			.stream()
			.filter((d) -> !Library.OWNER_KIND.equals(d.owner().kind()))
			.filter((d) -> Documents.maySee(d, viewer))
			.toList();
		Set<DocumentOwner> owners = new LinkedHashSet<>();
		seen.forEach((d) -> owners.add(d.owner()));
		Map<DocumentOwner, Place> found = new HashMap<>();
		for (DocumentOwner owner : owners) {
			this.places.stream()
				.filter((module) -> module.kinds().contains(owner.kind()))
				.findFirst()
				.flatMap((module) -> module.place(owner, viewer))
				.ifPresent((place) -> found.put(owner, place));
		}
		return seen.stream()
			.filter((d) -> found.containsKey(d.owner()))
			.map((d) -> new Listed(d, found.get(d.owner())))
			.toList();
	}

}
