package org.hamkori.actions;

import java.util.Optional;
import java.util.Set;

import org.hamkori.documents.DocumentOwner;
import org.hamkori.documents.DocumentPlaces;
import org.hamkori.shared.security.Viewer;

import org.springframework.stereotype.Component;

/**
 * The evidence of progress updates on a mechanism's documents page, each under its
 * action, when the viewer may see the action.
 */
@Component
class EvidencePlaces implements DocumentPlaces {

	private final ActionUpdateRepository updates;

	private final ActionItems actions;

	EvidencePlaces(ActionUpdateRepository updates, ActionItems actions) {
		this.updates = updates;
		this.actions = actions;
	}

	@Override
	public Set<String> kinds() {
		return Set.of(ActionItems.EVIDENCE);
	}

	@Override
	public Optional<Place> place(DocumentOwner owner, Viewer viewer) {
		return this.updates.findById(owner.id())
			.flatMap((update) -> this.actions.findVisible(update.actionId(), viewer))
			.map((a) -> new Place(a.title(), "/actions/" + a.id()));
	}

}
