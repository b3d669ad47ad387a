package org.hamkori.results;

import java.util.Locale;

/**
 * Where a workplan activity stands, as its editors say; a postponed or cancelled one
 * gives its reason.
 */
public enum ActivityStatus {

	PLANNED, ONGOING, COMPLETED, POSTPONED, CANCELLED;

	public boolean needsReason() {
		return this == POSTPONED || this == CANCELLED;
	}

	public String messageKey() {
		return "workplan.status." + name().toLowerCase(Locale.ROOT);
	}

}
