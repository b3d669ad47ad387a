package org.hamkori.directory;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

/** Ends a membership on a day, with an optional reason; the row stays as history. */
public record EndMembershipForm(
		@NotNull(message = "{validation.required}") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate endOn,
		@Size(max = 500, message = "{validation.size.max}") String reason, @NotNull Integer version) {

}
