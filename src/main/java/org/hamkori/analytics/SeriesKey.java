package org.hamkori.analytics;

import java.util.UUID;

import org.hamkori.indicators.Periodicity;

/**
 * One series (decision 0026): the figures of one indicator for one country's mechanism at
 * one frequency from one source: an institution's obligation under a national data set,
 * or a reference set's figures for the country. Figures of two series are never added up.
 */
record SeriesKey(UUID mechanismId, UUID dataSetId, UUID obligationId, String refArea, Periodicity frequency) {

	boolean isReference() {
		return this.obligationId == null;
	}

}
