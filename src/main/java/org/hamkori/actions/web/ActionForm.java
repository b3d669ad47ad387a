package org.hamkori.actions.web;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import jakarta.validation.constraints.Size;

import org.hamkori.actions.NewAction;
import org.hamkori.shared.i18n.LocalizedText;
import org.hamkori.shared.text.Texts;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * A new action as the secretariat types it: the title in Russian and/or English, the
 * owner institution (and optionally a person there), the due date and the decision it
 * comes from. The mechanism comes from the address; status and version cannot be sent.
 */
record ActionForm(@Size(max = 500, message = "{validation.size.max}") String titleRu,
		@Size(max = 500, message = "{validation.size.max}") String titleEn, UUID ownerOrganisationId,
		UUID ownerPersonId, @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate dueDate,
		@Size(max = 60, message = "{validation.size.max}") String decisionNumber) {

	static ActionForm empty() {
		return new ActionForm("", "", null, null, null, "");
	}

	NewAction toNewAction(UUID mechanismId) {
		Map<String, String> title = new LinkedHashMap<>();
		title.put("ru", this.titleRu);
		title.put("en", this.titleEn);
		String decision = Texts.blankToNull(this.decisionNumber);
		return new NewAction(mechanismId, LocalizedText.of(title), this.ownerOrganisationId, this.ownerPersonId,
				this.dueDate, null, null, decision);
	}

	/** The form field that shows a service error about {@code field}. */
	static String formField(String field) {
		return "title".equals(field) ? "titleRu" : field;
	}

}
