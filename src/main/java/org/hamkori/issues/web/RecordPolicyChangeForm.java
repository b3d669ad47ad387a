package org.hamkori.issues.web;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import org.hamkori.issues.PolicyChange;
import org.hamkori.issues.PolicyResponses;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.multipart.MultipartFile;

/**
 * A policy change as the secretariat records it on the mechanism's policy page: what was
 * adopted, when and by whom, the recommendations it answers, and optionally its text as a
 * file. The mechanism comes from the address and the language from the page.
 */
record RecordPolicyChangeForm(@NotNull(message = "{validation.required}") PolicyChange.Kind kind,
		@NotBlank(message = "{validation.policy.required}") String title,
		@NotBlank(message = "{validation.policy.required}") String referenceNumber,
		@NotNull(message = "{validation.policy.required}") @DateTimeFormat(
				iso = DateTimeFormat.ISO.DATE) LocalDate adoptedOn,
		@NotBlank(message = "{validation.policy.required}") String issuingBody, String link, List<UUID> answers,
		MultipartFile file) {

	static final List<String> FIELDS = List.of("kind", "title", "referenceNumber", "adoptedOn", "issuingBody", "link",
			"answers", "file");

	PolicyResponses.PolicyChangeForm toPolicyChangeForm(String language) {
		return new PolicyResponses.PolicyChangeForm(this.kind, language, this.title, this.referenceNumber,
				this.adoptedOn, this.issuingBody, this.link, this.answers);
	}

	boolean hasFile() {
		return this.file != null && !this.file.isEmpty();
	}

}
