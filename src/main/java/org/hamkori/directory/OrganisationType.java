package org.hamkori.directory;

import java.util.Locale;

/** The kinds of institution that sit in a coordination mechanism. */
public enum OrganisationType {

	MINISTRY, GOVERNMENT_AGENCY, CENTRAL_BANK, STATISTICS_OFFICE, EDUCATION_TRAINING, PUBLIC_EMPLOYMENT_AGENCY,
	PRIVATE_EMPLOYMENT_AGENCY, CIVIL_SOCIETY, RESEARCH, SOCIAL_PARTNER, INTERNATIONAL_ORGANISATION, DONOR;

	public String messageKey() {
		return "orgtype." + name().toLowerCase(Locale.ROOT);
	}

}
