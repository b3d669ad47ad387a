package org.hamkori.programmes.web;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.Size;

import org.hamkori.programmes.BudgetBand;
import org.hamkori.programmes.Programme;
import org.hamkori.programmes.ProgrammeDetails;
import org.hamkori.programmes.ProgrammeTheme;
import org.hamkori.shared.i18n.LocalizedText;
import org.hamkori.shared.security.Visibility;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * A programme as the secretariat types it. The mechanism comes from the address; the
 * version is the one the editor read (for the conflict check).
 */
record ProgrammeForm(@Size(max = 500, message = "{validation.size.max}") String titleRu,
		@Size(max = 500, message = "{validation.size.max}") String titleEn,
		@Size(max = 500, message = "{validation.size.max}") String titleNational,
		@Size(max = 4000, message = "{validation.size.max}") String description, UUID implementerId, UUID donorId,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate startDate,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate endDate, List<ProgrammeTheme> themes,
		@Size(max = 500, message = "{validation.size.max}") String regions, BudgetBand budget,
		@Size(max = 200, message = "{validation.size.max}") String contactName,
		@Size(max = 254, message = "{validation.size.max}") String contactEmail, Visibility visibility, Long version) {

	static ProgrammeForm empty() {
		return new ProgrammeForm("", "", "", "", null, null, null, null, List.of(), "", BudgetBand.UNKNOWN, "", "",
				Visibility.MEMBERS, null);
	}

	static ProgrammeForm of(Programme p, String nationalLanguage) {
		return new ProgrammeForm(p.title().get("ru"), p.title().get("en"), Titles.national(p.title(), nationalLanguage),
				p.description(), p.implementerId(), p.donorId(), p.startDate(), p.endDate(), List.copyOf(p.themes()),
				p.regions(), p.budget(), p.contactName(), p.contactEmail(), p.visibility(), p.version());
	}

	ProgrammeDetails toDetails(String nationalLanguage, LocalizedText existingTitle) {
		return new ProgrammeDetails(this.implementerId, this.donorId,
				Titles.of(this.titleRu, this.titleEn, this.titleNational, nationalLanguage, existingTitle),
				this.description, this.startDate, this.endDate,
				(this.themes == null || this.themes.isEmpty()) ? EnumSet.noneOf(ProgrammeTheme.class)
						: EnumSet.copyOf(this.themes),
				this.regions, this.budget, this.contactName, this.contactEmail, this.visibility);
	}

	ProgrammeForm withVersion(Long newVersion) {
		return new ProgrammeForm(this.titleRu, this.titleEn, this.titleNational, this.description, this.implementerId,
				this.donorId, this.startDate, this.endDate, this.themes, this.regions, this.budget, this.contactName,
				this.contactEmail, this.visibility, newVersion);
	}

	/** Whether the theme is ticked, for the check boxes. */
	public boolean has(ProgrammeTheme theme) {
		return this.themes != null && this.themes.contains(theme);
	}

}
