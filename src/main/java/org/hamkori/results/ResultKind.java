package org.hamkori.results;

import java.util.Locale;

/**
 * The levels of a results chain: an impact has no parent, an outcome sits under an impact
 * (or at the top when the programme states no impact), an output under an outcome.
 */
public enum ResultKind {

	IMPACT, OUTCOME, OUTPUT;

	/**
	 * Whether a level of this kind may sit under one of {@code parent} (null: the top).
	 */
	public boolean mayBeUnder(ResultKind parent) {
		return switch (this) {
			case IMPACT -> parent == null;
			case OUTCOME -> parent == null || parent == IMPACT;
			case OUTPUT -> parent == OUTCOME;
		};
	}

	public String messageKey() {
		return "results.kind." + name().toLowerCase(Locale.ROOT);
	}

}
