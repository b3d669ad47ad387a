package org.hamkori.issues;

import java.util.Optional;
import java.util.Set;

import org.hamkori.directory.Directory;
import org.hamkori.documents.DocumentOwner;
import org.hamkori.documents.DocumentPlaces;
import org.hamkori.shared.security.Viewer;

import org.springframework.stereotype.Component;

/**
 * The texts of policy changes on a mechanism's documents page, each under its policy
 * change, for those who may open the mechanism's policy changes (its members and admins).
 */
@Component
class PolicyTextPlaces implements DocumentPlaces {

	private final PolicyChangeRepository changes;

	private final Directory directory;

	PolicyTextPlaces(PolicyChangeRepository changes, Directory directory) {
		this.changes = changes;
		this.directory = directory;
	}

	@Override
	public Set<String> kinds() {
		return Set.of(PolicyResponses.POLICY_TEXT);
	}

	@Override
	public Optional<Place> place(DocumentOwner owner, Viewer viewer) {
		return this.changes.findById(owner.id())
			.filter((c) -> viewer.admin() || viewer.isMemberOf(c.mechanismId()))
			.flatMap((c) -> this.directory.mechanism(c.mechanismId())
				.map((m) -> new Place(c.title(), "/mechanisms/" + m.code() + "/policy-changes")));
	}

}
