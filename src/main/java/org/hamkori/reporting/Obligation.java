package org.hamkori.reporting;

import java.util.UUID;

import org.hamkori.indicators.Period;

/**
 * This institution reports this data set to the data set's mechanism, every period from
 * the first one (to the last one, if it ended), due a number of days after each period.
 */
public record Obligation(UUID id, UUID dataSetId, UUID mechanismId, UUID organisationId, int dueDays,
		Period firstPeriod, Period lastPeriod) {

	/** Whether a period falls within the obligation and has ended by the given day. */
	public boolean covers(Period period, java.time.LocalDate today) {
		return period.compareTo(this.firstPeriod) >= 0
				&& (this.lastPeriod == null || period.compareTo(this.lastPeriod) <= 0) && period.end().isBefore(today);
	}

}
