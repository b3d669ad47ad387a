package org.hamkori.meetings.web;

import java.util.List;
import java.util.UUID;

/**
 * The small forms of the agenda besides an item's own form: each carries only what its
 * step needs. The rules are checked by the meetings module.
 */
final class AgendaForms {

	private AgendaForms() {
	}

	/** Why a proposed item was declined, shown to the proposer. */
	record Decline(String reason) {
	}

	/** One step up or down ("up" moves up, anything else down). */
	record Move(String direction) {
	}

	/** The ids of the accepted items in their new order, after a drag. */
	record Order(List<UUID> item) {
	}

}
