package org.hamkori.programmes;

import java.util.Locale;

/** What a programme works on: a fixed list, so registers of all countries compare. */
public enum ProgrammeTheme {

	RECRUITMENT, PRE_DEPARTURE, REMITTANCES, REINTEGRATION, SKILLS_RECOGNITION, SOCIAL_PROTECTION, DATA_STATISTICS,
	PROTECTION, DIASPORA;

	public String messageKey() {
		return "programmes.theme." + name().toLowerCase(Locale.ROOT);
	}

}
