package org.hamkori.programmes.web;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.Size;

import org.hamkori.programmes.Agreement;
import org.hamkori.programmes.AgreementDetails;
import org.hamkori.programmes.AgreementStatus;
import org.hamkori.programmes.AgreementType;
import org.hamkori.shared.i18n.LocalizedText;
import org.hamkori.shared.security.Visibility;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * An agreement as the secretariat types it: title, type, status, dates, parties, the
 * programmes it serves, a note and who may see it. The mechanism comes from the address.
 */
record AgreementForm(@Size(max = 500, message = "{validation.size.max}") String titleRu,
		@Size(max = 500, message = "{validation.size.max}") String titleEn,
		@Size(max = 500, message = "{validation.size.max}") String titleNational, AgreementType type,
		AgreementStatus status, @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate signedOn,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate endsOn, List<UUID> partyIds, List<UUID> programmeIds,
		@Size(max = 2000, message = "{validation.size.max}") String note, Visibility visibility, Long version) {

	static AgreementForm empty() {
		return new AgreementForm("", "", "", AgreementType.MOU, AgreementStatus.DRAFT, null, null, List.of(), List.of(),
				"", Visibility.MEMBERS, null);
	}

	static AgreementForm of(Agreement a, String nationalLanguage) {
		return new AgreementForm(a.title().get("ru"), a.title().get("en"), Titles.national(a.title(), nationalLanguage),
				a.type(), a.status(), a.signedOn(), a.endsOn(), List.copyOf(a.parties()), List.copyOf(a.programmes()),
				a.note(), a.visibility(), a.version());
	}

	AgreementDetails toDetails(String nationalLanguage, LocalizedText existingTitle) {
		return new AgreementDetails(
				Titles.of(this.titleRu, this.titleEn, this.titleNational, nationalLanguage, existingTitle), this.type,
				this.status, this.signedOn, this.endsOn,
				(this.partyIds != null) ? new LinkedHashSet<>(this.partyIds) : null,
				(this.programmeIds != null) ? new LinkedHashSet<>(this.programmeIds) : null, this.note,
				this.visibility);
	}

	AgreementForm withVersion(Long newVersion) {
		return new AgreementForm(this.titleRu, this.titleEn, this.titleNational, this.type, this.status, this.signedOn,
				this.endsOn, this.partyIds, this.programmeIds, this.note, this.visibility, newVersion);
	}

	public boolean hasParty(UUID id) {
		return this.partyIds != null && this.partyIds.contains(id);
	}

	public boolean hasProgramme(UUID id) {
		return this.programmeIds != null && this.programmeIds.contains(id);
	}

}
