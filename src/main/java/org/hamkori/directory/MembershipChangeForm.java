package org.hamkori.directory;

import java.time.LocalDate;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;

import org.hamkori.shared.security.MembershipRole;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * A correction to a membership's role or dates; {@code version} is the one the editor
 * read.
 */
public record MembershipChangeForm(@NotNull(message = "{validation.required}") MembershipRole role,
		@NotNull(message = "{validation.required}") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate validFrom,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate validTo, @NotNull Integer version) {

	public static MembershipChangeForm of(Membership m) {
		return new MembershipChangeForm(m.role(), m.validFrom(), m.validTo(), m.version());
	}

	@AssertTrue(message = "{validation.membership.dates}")
	public boolean isDatesOrdered() {
		return this.validFrom == null || this.validTo == null || !this.validTo.isBefore(this.validFrom);
	}

}
