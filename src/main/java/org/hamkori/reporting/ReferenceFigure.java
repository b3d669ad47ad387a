package org.hamkori.reporting;

import java.math.BigDecimal;

/**
 * One figure of a reference series as read from a file or sent by API: its line (for
 * messages), country (ISO 3166-1 alpha-2 or alpha-3), indicator, period, sex and
 * counterpart area (null for the total) and the value exactly as sent.
 */
public record ReferenceFigure(int line, String refArea, String indicator, String period, String sex,
		String counterpartArea, BigDecimal value) {
}
