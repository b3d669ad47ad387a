package org.hamkori.results;

import java.time.LocalDate;
import java.util.UUID;

import org.hamkori.shared.i18n.LocalizedText;

import static org.hamkori.shared.text.Texts.blankToNull;

/**
 * What an editor says about a workplan activity; the programme comes from the address.
 */
public record ActivityDetails(UUID outputId, String code, LocalizedText title, String area, UUID responsibleId,
		LocalDate startDate, LocalDate endDate, ActivityStatus status, String statusReason, String budgetLine) {

	public ActivityDetails {
		code = (blankToNull(code) != null) ? code.strip() : null;
		statusReason = (blankToNull(statusReason) != null) ? statusReason.strip() : null;
		budgetLine = (blankToNull(budgetLine) != null) ? budgetLine.strip() : null;
		status = (status != null) ? status : ActivityStatus.PLANNED;
	}

}
