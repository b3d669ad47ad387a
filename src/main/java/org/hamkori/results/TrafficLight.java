package org.hamkori.results;

import java.math.BigDecimal;
import java.util.Locale;

/**
 * How far an actual is from its target (decision 0035). Achievement is the actual as a
 * share of the target; for a reduction target (one below its baseline: a cost, a delay)
 * it is the target as a share of the actual, so doing better than planned is always above
 * 100 %. On track from 90 %, at risk from 60 %, off track below; no data when the target
 * or the actual is missing. Computed exactly, by multiplying, never dividing.
 */
public enum TrafficLight {

	ON_TRACK, AT_RISK, OFF_TRACK, NO_DATA;

	private static final BigDecimal ON_TRACK_PERCENT = BigDecimal.valueOf(90);

	private static final BigDecimal AT_RISK_PERCENT = BigDecimal.valueOf(60);

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	/**
	 * @param baseline the baseline value, or null
	 * @param target the year's target, or null
	 * @param actual the year's actual, or null
	 */
	public static TrafficLight of(BigDecimal baseline, BigDecimal target, BigDecimal actual) {
		if (target == null || actual == null) {
			return NO_DATA;
		}
		boolean reduction = baseline != null && target.compareTo(baseline) < 0;
		// achievement >= p % <=> achieved * 100 >= aimed * p, with no division
		BigDecimal achieved = reduction ? target : actual;
		BigDecimal aimed = reduction ? actual : target;
		if (aimed.signum() <= 0) {
			// a target of zero (or an actual of zero against a reduction target) is met
			// by any
			// achieved figure at or beyond it
			return (achieved.compareTo(aimed) >= 0) ? ON_TRACK : OFF_TRACK;
		}
		BigDecimal scaled = achieved.multiply(HUNDRED);
		if (scaled.compareTo(aimed.multiply(ON_TRACK_PERCENT)) >= 0) {
			return ON_TRACK;
		}
		if (scaled.compareTo(aimed.multiply(AT_RISK_PERCENT)) >= 0) {
			return AT_RISK;
		}
		return OFF_TRACK;
	}

	public String messageKey() {
		return "results.light." + name().toLowerCase(Locale.ROOT);
	}

	/** The style class (colour) that goes with the text, never instead of it. */
	public String cssClass() {
		return "light-" + name().toLowerCase(Locale.ROOT).replace('_', '-');
	}

}
