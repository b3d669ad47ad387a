package org.hamkori.sdg;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** One entry of a round's history: created, saved with changes, or submitted. */
record RoundStep(UUID id, String action, String actor, Instant at, List<Change> changes) {

	/**
	 * A changed item: its answer before and after (names, null for none) and whether its
	 * comment changed.
	 */
	public record Change(String item, String before, String after, boolean commentChanged) {

		public String beforeKey() {
			return Sdg1072Items.item(this.item).map((i) -> i.answerKey(this.before)).orElse("sdg.answer.none");
		}

		public String afterKey() {
			return Sdg1072Items.item(this.item).map((i) -> i.answerKey(this.after)).orElse("sdg.answer.none");
		}

		public boolean answerChanged() {
			return !java.util.Objects.equals(this.before, this.after);
		}

	}

	public String messageKey() {
		return "sdg.history." + this.action.toLowerCase(java.util.Locale.ROOT);
	}

}
