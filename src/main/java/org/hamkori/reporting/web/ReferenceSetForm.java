package org.hamkori.reporting.web;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.hamkori.indicators.Periodicity;
import org.hamkori.shared.security.Visibility;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * A new international reference series as the regional secretariat types it: code, name
 * (in the reader's language), indicators, periodicity, visibility (public unless chosen
 * otherwise) and the source with its address and retrieval date. The mechanism is always
 * the regional one; kind and status cannot be sent.
 */
record ReferenceSetForm(@NotBlank(message = "{validation.required}") @Size(max = 40) String code,
		@NotBlank(message = "{validation.required}") @Size(max = 500) String name,
		@NotEmpty(message = "{data.set.indicators-required}") List<String> indicators,
		@NotNull(message = "{validation.required}") Periodicity periodicity, Visibility visibility,
		@NotBlank(message = "{data.reference.source-required}") @Size(max = 200) String sourceName,
		@Size(max = 500) String sourceUrl, @NotNull(message = "{data.reference.retrieved-invalid}") @DateTimeFormat(
				iso = DateTimeFormat.ISO.DATE) LocalDate sourceRetrieved) {

	static ReferenceSetForm empty() {
		return new ReferenceSetForm("", "", List.of(), Periodicity.ANNUAL, Visibility.PUBLIC, "", "", null);
	}

	ReferenceSetForm {
		indicators = (indicators != null) ? List.copyOf(indicators) : List.of();
	}

}
