package org.hamkori.results.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import jakarta.validation.constraints.Size;

import org.hamkori.results.Activity;
import org.hamkori.results.ActivityDetails;
import org.hamkori.results.ActivityGuidance;
import org.hamkori.results.ActivityGuidance.Purpose;
import org.hamkori.results.ActivityStatus;
import org.hamkori.shared.i18n.LocalizedText;

import org.springframework.format.annotation.DateTimeFormat;

/** A workplan activity as an editor types it; the programme comes from the address. */
record ActivityForm(UUID outputId, @Size(max = 20, message = "{validation.size.max}") String code,
		@Size(max = 500, message = "{validation.size.max}") String titleRu,
		@Size(max = 500, message = "{validation.size.max}") String titleEn, String area, UUID responsibleId,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate startDate,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate endDate, ActivityStatus status,
		@Size(max = 1000, message = "{validation.size.max}") String statusReason,
		@Size(max = 100, message = "{validation.size.max}") String budgetLine, BigDecimal budgetAmount,
		@Size(max = 3, message = "{validation.size.max}") String budgetCurrency, Long version,
		@Size(max = 60, message = "{validation.size.max}") String guidedBy,
		@Size(max = 60, message = "{validation.size.max}") String changeCause) {

	static ActivityForm empty(UUID outputId, String area) {
		return new ActivityForm(outputId, "", "", "", area, null, null, null, ActivityStatus.PLANNED, "", "", null, "",
				null, "", "");
	}

	static ActivityForm of(Activity a, Map<Purpose, ActivityGuidance> guidance) {
		return new ActivityForm(a.outputId(), a.code(), a.title().get("ru"), a.title().get("en"), a.area(),
				a.responsibleId(), a.startDate(), a.endDate(), a.status(), a.statusReason(), a.budgetLine(),
				a.budgetAmount(), a.budgetCurrency(), a.version(), code(guidance.get(Purpose.GUIDED_BY)),
				code(guidance.get(Purpose.CHANGE_CAUSE)));
	}

	private static String code(ActivityGuidance g) {
		return (g != null) ? g.recordCode() : "";
	}

	ActivityDetails toDetails(LocalizedText existing) {
		return new ActivityDetails(this.outputId, this.code, LevelForm.text(this.titleRu, this.titleEn, existing),
				this.area, this.responsibleId, this.startDate, this.endDate, this.status, this.statusReason,
				this.budgetLine, this.budgetAmount, this.budgetCurrency);
	}

	ActivityForm guidedBy(String code) {
		return new ActivityForm(this.outputId, this.code, this.titleRu, this.titleEn, this.area, this.responsibleId,
				this.startDate, this.endDate, this.status, this.statusReason, this.budgetLine, this.budgetAmount,
				this.budgetCurrency, this.version, code, this.changeCause);
	}

	ActivityForm withVersion(Long newVersion) {
		return new ActivityForm(this.outputId, this.code, this.titleRu, this.titleEn, this.area, this.responsibleId,
				this.startDate, this.endDate, this.status, this.statusReason, this.budgetLine, this.budgetAmount,
				this.budgetCurrency, newVersion, this.guidedBy, this.changeCause);
	}

}
