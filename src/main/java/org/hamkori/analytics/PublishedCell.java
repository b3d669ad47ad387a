package org.hamkori.analytics;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** One approved figure of a table: a mechanism's value for a period and code. */
record PublishedCell(UUID mechanismId, String period, LocalDate periodStart, String code, BigDecimal value,
		Instant approvedAt) {
}
