package org.hamkori.programmes;

import java.util.Locale;

/**
 * A programme's budget in US dollars, as a band: partners share a range more readily than
 * a figure, and a range is enough to see where money goes.
 */
public enum BudgetBand {

	UNKNOWN, UNDER_100K, FROM_100K_TO_500K, FROM_500K_TO_1M, FROM_1M_TO_5M, OVER_5M;

	public String messageKey() {
		return "programmes.budget." + name().toLowerCase(Locale.ROOT);
	}

}
