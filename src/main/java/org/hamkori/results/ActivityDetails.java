package org.hamkori.results;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;
import java.util.UUID;

import org.hamkori.shared.i18n.LocalizedText;

import static org.hamkori.shared.text.Texts.blankToNull;

/**
 * What an editor says about a workplan activity; the programme comes from the address.
 * The budget is an amount in a currency (ISO 4217 code), both or neither.
 */
public record ActivityDetails(UUID outputId, String code, LocalizedText title, String area, UUID responsibleId,
		LocalDate startDate, LocalDate endDate, ActivityStatus status, String statusReason, String budgetLine,
		BigDecimal budgetAmount, String budgetCurrency) {

	public ActivityDetails {
		code = (blankToNull(code) != null) ? code.strip() : null;
		statusReason = (blankToNull(statusReason) != null) ? statusReason.strip() : null;
		budgetLine = (blankToNull(budgetLine) != null) ? budgetLine.strip() : null;
		budgetCurrency = (blankToNull(budgetCurrency) != null) ? budgetCurrency.strip().toUpperCase(Locale.ROOT) : null;
		status = (status != null) ? status : ActivityStatus.PLANNED;
	}

	/** An activity without a budget amount. */
	public ActivityDetails(UUID outputId, String code, LocalizedText title, String area, UUID responsibleId,
			LocalDate startDate, LocalDate endDate, ActivityStatus status, String statusReason, String budgetLine) {
		this(outputId, code, title, area, responsibleId, startDate, endDate, status, statusReason, budgetLine, null,
				null);
	}

}
