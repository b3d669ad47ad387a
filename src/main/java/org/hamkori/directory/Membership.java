package org.hamkori.directory;

import java.time.LocalDate;
import java.util.UUID;

import org.hamkori.shared.security.MembershipRole;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A person represents an organisation in a mechanism, in a role, from a date until a
 * date. Ending keeps the row, so a body's composition over time can be read back.
 */
@Table("membership")
public record Membership(@Id UUID id, UUID mechanismId, UUID organisationId, UUID personId, MembershipRole role,
		LocalDate validFrom, LocalDate validTo, String endReason, @Version Integer version) {

	public static Membership start(UUID mechanismId, UUID organisationId, UUID personId, MembershipRole role,
			LocalDate from, LocalDate to) {
		requireOrdered(from, to);
		return new Membership(UUID.randomUUID(), mechanismId, organisationId, personId, role, from, to, null, null);
	}

	public boolean isActiveOn(LocalDate day) {
		return !this.validFrom.isAfter(day) && (this.validTo == null || !this.validTo.isBefore(day));
	}

	public boolean isEnded(LocalDate today) {
		return this.validTo != null && this.validTo.isBefore(today);
	}

	Membership change(MembershipRole role, LocalDate from, LocalDate to, Integer expectedVersion) {
		requireOrdered(from, to);
		return new Membership(this.id, this.mechanismId, this.organisationId, this.personId, role, from, to,
				this.endReason, expectedVersion);
	}

	Membership end(LocalDate on, String reason, Integer expectedVersion) {
		if (this.validTo != null && this.validTo.isBefore(on)) {
			throw new IllegalStateException("Membership already ended");
		}
		requireOrdered(this.validFrom, on);
		return new Membership(this.id, this.mechanismId, this.organisationId, this.personId, this.role, this.validFrom,
				on, reason, expectedVersion);
	}

	static void requireOrdered(LocalDate from, LocalDate to) {
		if (from == null) {
			throw new InvalidMembershipDates();
		}
		if (to != null && to.isBefore(from)) {
			throw new InvalidMembershipDates();
		}
	}

	/** A membership cannot end before it starts. */
	public static class InvalidMembershipDates extends IllegalArgumentException {

		InvalidMembershipDates() {
			super("A membership cannot end before it starts");
		}

	}

}
