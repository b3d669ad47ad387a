package org.hamkori.programmes;

import java.time.LocalDate;
import java.util.Locale;

/**
 * Where a programme stands on a given day, derived from its period and never stored: a
 * stored flag would be wrong the day after it ends.
 */
public enum ProgrammeStatus {

	PLANNED, RUNNING, ENDED;

	/** Planned before the start, ended after the end date, running in between. */
	public static ProgrammeStatus of(LocalDate start, LocalDate end, LocalDate today) {
		if (start != null && start.isAfter(today)) {
			return PLANNED;
		}
		if (end != null && end.isBefore(today)) {
			return ENDED;
		}
		return RUNNING;
	}

	public String messageKey() {
		return "programmes.status." + name().toLowerCase(Locale.ROOT);
	}

}
