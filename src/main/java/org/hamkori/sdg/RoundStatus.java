package org.hamkori.sdg;

import java.util.Locale;

/** A round is filled as a draft and locked once submitted. */
public enum RoundStatus {

	DRAFT, SUBMITTED;

	public String messageKey() {
		return "sdg.status." + name().toLowerCase(Locale.ROOT);
	}

}
