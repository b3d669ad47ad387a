package org.hamkori.programmes;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;

import org.hamkori.shared.i18n.LocalizedText;
import org.hamkori.shared.security.Visibility;

import static org.hamkori.shared.text.Texts.blankToNull;

/**
 * What the secretariat says about an agreement. The mechanism comes from where it is
 * recorded; the date of the last status change is set by the register.
 */
public record AgreementDetails(LocalizedText title, AgreementType type, AgreementStatus status, LocalDate signedOn,
		LocalDate endsOn, Set<UUID> parties, Set<UUID> programmes, String note, Visibility visibility) {

	public AgreementDetails {
		parties = (parties != null) ? new LinkedHashSet<>(parties) : Set.of();
		programmes = (programmes != null) ? new LinkedHashSet<>(programmes) : Set.of();
		note = blankToNull(note);
		visibility = (visibility != null) ? visibility : Visibility.MEMBERS;
	}

}
