package org.hamkori.programmes;

import java.util.Locale;

/**
 * Where an agreement stands. Stored (it changes by what the parties do, not by the
 * calendar), with the date of its last change.
 */
public enum AgreementStatus {

	DRAFT, UNDER_NEGOTIATION, SIGNED, IN_FORCE, EXPIRED, TERMINATED;

	/** The agreement has been signed, so its signing date is known. */
	public boolean isSigned() {
		return this == SIGNED || this == IN_FORCE || this == EXPIRED;
	}

	public String messageKey() {
		return "agreements.status." + name().toLowerCase(Locale.ROOT);
	}

}
