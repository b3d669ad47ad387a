package org.hamkori.directory;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;

import org.hamkori.shared.security.MembershipRole;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * What the secretariat fills in to seat someone in its mechanism: an existing person, or
 * a new one described in {@code newPerson}. The mechanism comes from the address, never
 * from the form.
 */
public record MembershipForm(@NotNull(message = "{validation.required}") UUID organisationId, UUID personId,
		@Valid PersonForm newPerson, @NotNull(message = "{validation.required}") MembershipRole role,
		@NotNull(message = "{validation.required}") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate validFrom,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate validTo) {

	public static MembershipForm empty(LocalDate today) {
		return new MembershipForm(null, null, PersonForm.empty(), MembershipRole.MEMBER, today, null);
	}

	@AssertTrue(message = "{validation.membership.dates}")
	public boolean isDatesOrdered() {
		return this.validFrom == null || this.validTo == null || !this.validTo.isBefore(this.validFrom);
	}

	@AssertTrue(message = "{validation.membership.person}")
	public boolean isPersonGiven() {
		return this.personId != null || (this.newPerson != null && this.newPerson.fullName() != null
				&& !this.newPerson.fullName().isBlank());
	}

}
