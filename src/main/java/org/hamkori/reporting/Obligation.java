package org.hamkori.reporting;

import java.time.LocalDate;
import java.util.UUID;

import org.hamkori.indicators.Period;

/**
 * This institution reports this data set to the data set's mechanism, every period from
 * the first one (to the last one, if it ended), due a number of days after each period.
 * Figures for periods before the first one may still be loaded: they are history, never
 * expected, so never late or overdue.
 */
public record Obligation(UUID id, UUID dataSetId, UUID mechanismId, UUID organisationId, int dueDays,
		Period firstPeriod, Period lastPeriod) {

	/**
	 * Whether a period's report is expected: within the obligation and ended by the given
	 * day.
	 */
	public boolean covers(Period period, LocalDate today) {
		return period.compareTo(this.firstPeriod) >= 0 && accepts(period, today);
	}

	/**
	 * Whether figures of a period may be loaded: it has ended by the given day and is not
	 * after the obligation's last period. Periods before the first one are history.
	 */
	public boolean accepts(Period period, LocalDate today) {
		return (this.lastPeriod == null || period.compareTo(this.lastPeriod) <= 0) && period.end().isBefore(today);
	}

	/** Whether a period comes before the obligation started: history, never counted. */
	public boolean historical(Period period) {
		return period.compareTo(this.firstPeriod) < 0;
	}

}
