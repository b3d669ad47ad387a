package org.hamkori.issues.web;

import java.util.List;
import java.util.UUID;

import org.hamkori.issues.IncomingItem;
import org.hamkori.issues.IssueStatus;
import org.hamkori.issues.Recommendation;

/**
 * The small forms on an issue's page, one per button: each carries only what its step
 * needs, so none can set an issue's mechanism, status history or version by accident. Ids
 * typed by a person stay text until the controller reads them, so a mistyped one is
 * refused with a message rather than an error page. The rules themselves are checked by
 * the issues module, which names the broken one after the redirect.
 */
final class IssueStepForms {

	private IssueStepForms() {
	}

	/** The next status, the reason where one is needed, and the version read. */
	record Move(IssueStatus status, String note, Integer version) {
	}

	/**
	 * Evidence to link: the record chosen from the search results, as {@code type:id}.
	 */
	record Link(String record) {
	}

	/**
	 * A recommendation: its text, the institutions it addresses, the decision citing it
	 * (chosen from the search results, as {@code decision:id}, or blank).
	 */
	record Recommend(String text, List<UUID> target, String decision) {
	}

	/** A recommendation's new implementation status. */
	record RecommendationStatus(Recommendation.Status status) {
	}

	/** An action, by id as typed or chosen, that implements a recommendation. */
	record Implement(String action) {
	}

	/** A note sent along with an escalation. */
	record Escalate(String note) {
	}

	/** The codes of the national mechanisms a regional recommendation goes down to. */
	record SendDown(List<String> mechanism) {
	}

	/** National escalations merged into one regional issue, with its title and text. */
	record Merge(List<UUID> escalation, String title, String description) {
	}

	/** The planned meeting whose agenda an issue goes on. */
	record PlaceOnAgenda(UUID meeting) {
	}

	/** A national answer to an incoming item, from the page of the given issue. */
	record Answer(IncomingItem.Status status, String answer, List<UUID> action, UUID issue) {
	}

}
