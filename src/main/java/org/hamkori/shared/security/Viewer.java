package org.hamkori.shared.security;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Who is looking, and through which seats. Every list, page, export and API answer is
 * filtered by the viewer's rights, never the author's. A viewer is resolved fresh for
 * each request from the user's current memberships, so ending a membership takes effect
 * at once. Controllers receive it as a method argument; there is no static "current
 * user".
 */
public record Viewer(UUID userId, String username, UUID personId, boolean admin, List<Seat> seats) {

	/**
	 * One current membership: a role in a mechanism, held for an institution (the
	 * organisation the person represents there; null only in hand-built test seats).
	 */
	public record Seat(UUID mechanismId, String mechanismCode, boolean regional, MembershipRole role,
			UUID organisationId) {

		public Seat(UUID mechanismId, String mechanismCode, boolean regional, MembershipRole role) {
			this(mechanismId, mechanismCode, regional, role, null);
		}

	}

	public Viewer {
		seats = (seats != null) ? List.copyOf(seats) : List.of();
	}

	public static Viewer anonymous() {
		return new Viewer(null, null, null, false, List.of());
	}

	public boolean isAuthenticated() {
		return this.userId != null;
	}

	public Set<UUID> mechanismIds() {
		return this.seats.stream().map(Seat::mechanismId).collect(Collectors.toSet());
	}

	public boolean isMemberOf(UUID mechanismId) {
		return this.seats.stream().anyMatch((s) -> s.mechanismId().equals(mechanismId));
	}

	public boolean hasRole(UUID mechanismId, MembershipRole... roles) {
		Set<MembershipRole> wanted = Set.of(roles);
		return this.seats.stream().anyMatch((s) -> s.mechanismId().equals(mechanismId) && wanted.contains(s.role()));
	}

	/** Runs the mechanism: its secretariat, or a platform admin. */
	public boolean canManage(UUID mechanismId) {
		return this.admin || hasRole(mechanismId, MembershipRole.SECRETARIAT);
	}

	/**
	 * Manages a programme of a mechanism: holds a programme-manager seat there for the
	 * institution that implements it, or is a platform admin.
	 */
	public boolean managesProgramme(UUID mechanismId, UUID implementerId) {
		return this.admin || (implementerId != null && this.seats.stream()
			.anyMatch((s) -> s.mechanismId().equals(mechanismId) && s.role() == MembershipRole.PROGRAMME_MANAGER
					&& implementerId.equals(s.organisationId())));
	}

	public boolean isRegionalSecretariat() {
		return this.seats.stream().anyMatch((s) -> s.regional() && s.role() == MembershipRole.SECRETARIAT);
	}

	public boolean managesAnyMechanism() {
		return this.admin || this.seats.stream().anyMatch((s) -> s.role() == MembershipRole.SECRETARIAT);
	}

	/**
	 * Whether a person's contact details (e-mail, phone) may be shown: to members of a
	 * mechanism the person belongs to, the regional secretariat and admins.
	 */
	public boolean canSeeContactsOf(Collection<UUID> mechanismsOfPerson) {
		if (this.admin || isRegionalSecretariat()) {
			return true;
		}
		Set<UUID> mine = mechanismIds();
		return mechanismsOfPerson.stream().anyMatch(mine::contains);
	}

	/** The institutions this viewer represents in a mechanism. */
	public Set<UUID> organisationsIn(UUID mechanismId) {
		return this.seats.stream()
			.filter((s) -> s.mechanismId().equals(mechanismId) && s.organisationId() != null)
			.map(Seat::organisationId)
			.collect(Collectors.toSet());
	}

	/** Whether this viewer speaks for an institution in a mechanism (any role). */
	public boolean represents(UUID mechanismId, UUID organisationId) {
		return organisationId != null && organisationsIn(mechanismId).contains(organisationId);
	}

	/**
	 * Whether a record of a mechanism with the given visibility may be seen: public by
	 * anyone, members-only by its members and admins, restricted by its secretariat,
	 * admins and the named institutions.
	 */
	public boolean canSee(UUID mechanismId, Visibility visibility, Collection<UUID> namedInstitutions) {
		return switch (visibility) {
			case PUBLIC -> true;
			case MEMBERS -> this.admin || isMemberOf(mechanismId);
			case RESTRICTED ->
				canManage(mechanismId) || organisationsIn(mechanismId).stream().anyMatch(namedInstitutions::contains);
		};
	}

	/** Who to name in the audit trail. */
	public String actor() {
		return (this.username != null) ? this.username : "anonymous";
	}

}
