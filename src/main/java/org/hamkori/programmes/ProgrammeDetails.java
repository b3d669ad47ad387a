package org.hamkori.programmes;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import org.hamkori.shared.i18n.LocalizedText;
import org.hamkori.shared.security.Visibility;

import static org.hamkori.shared.text.Texts.blankToNull;

/**
 * What the secretariat says about a programme. The mechanism comes from where it is
 * recorded; identity, status and version cannot be sent.
 */
public record ProgrammeDetails(UUID implementerId, UUID donorId, LocalizedText title, String description,
		LocalDate startDate, LocalDate endDate, Set<ProgrammeTheme> themes, String regions, BudgetBand budget,
		String contactName, String contactEmail, Visibility visibility) {

	public ProgrammeDetails {
		themes = (themes != null) ? Set.copyOf(themes) : Set.of();
		budget = (budget != null) ? budget : BudgetBand.UNKNOWN;
		visibility = (visibility != null) ? visibility : Visibility.MEMBERS;
		description = blankToNull(description);
		regions = blankToNull(regions);
		contactName = blankToNull(contactName);
		contactEmail = blankToNull(contactEmail);
	}

}
