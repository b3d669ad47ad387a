package org.hamkori.programmes;

import java.util.Locale;

/** The kind of document two or more organisations made together. */
public enum AgreementType {

	MOU, AGREEMENT, LETTER_OF_INTENT;

	public String messageKey() {
		return "agreements.type." + name().toLowerCase(Locale.ROOT);
	}

}
