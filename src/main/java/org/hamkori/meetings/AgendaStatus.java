package org.hamkori.meetings;

import java.util.Locale;

/**
 * A member's proposal waits for the secretariat, who accepts it or declines it with a
 * reason.
 */
public enum AgendaStatus {

	PROPOSED, ACCEPTED, DECLINED;

	public String messageKey() {
		return "agenda.status." + name().toLowerCase(Locale.ROOT);
	}

}
