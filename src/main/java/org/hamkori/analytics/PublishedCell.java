package org.hamkori.analytics;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * One approved figure of a table: a series' value for a period and code. A derived
 * indicator's figure names the series of each of its inputs, in the formula's order.
 */
record PublishedCell(UUID mechanismId, List<SeriesKey> series, String period, LocalDate periodStart, String code,
		BigDecimal value, Instant approvedAt) {

	PublishedCell {
		series = List.copyOf(series);
	}

}
