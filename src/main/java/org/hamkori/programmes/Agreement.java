package org.hamkori.programmes;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.hamkori.shared.i18n.LocalizedText;
import org.hamkori.shared.security.Visibility;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A memorandum of understanding, agreement or letter of intent between two or more
 * organisations, recorded by a mechanism, with its status (and the day it last changed)
 * and the programmes it serves.
 */
@Table("agreement")
public record Agreement(@Id UUID id, UUID mechanismId, LocalizedText title, AgreementType type, AgreementStatus status,
		LocalDate statusChangedOn, LocalDate signedOn, LocalDate endsOn, String note, Visibility visibility,
		@MappedCollection(idColumn = "agreement_id") Set<Party> partyRows,
		@MappedCollection(idColumn = "agreement_id") Set<LinkedProgramme> programmeRows, Instant createdAt,
		Instant updatedAt, @Version Long version) {

	/** An organisation that is party to the agreement. */
	@Table("agreement_party")
	public record Party(UUID organisationId) {
	}

	/** A programme the agreement serves. */
	@Table("agreement_programme")
	public record LinkedProgramme(UUID programmeId) {
	}

	public Agreement {
		partyRows = (partyRows != null) ? Set.copyOf(partyRows) : Set.of();
		programmeRows = (programmeRows != null) ? Set.copyOf(programmeRows) : Set.of();
	}

	static Agreement create(UUID mechanismId, AgreementDetails details, LocalDate today, Instant now) {
		return new Agreement(UUID.randomUUID(), mechanismId, details.title(), details.type(), details.status(), today,
				details.signedOn(), details.endsOn(), details.note(), details.visibility(), parties(details),
				programmes(details), now, now, null);
	}

	Agreement change(AgreementDetails details, LocalDate today, Instant now, Long expectedVersion) {
		LocalDate changed = (details.status() != this.status) ? today : this.statusChangedOn;
		return new Agreement(this.id, this.mechanismId, details.title(), details.type(), details.status(), changed,
				details.signedOn(), details.endsOn(), details.note(), details.visibility(), parties(details),
				programmes(details), this.createdAt, now, expectedVersion);
	}

	public Set<UUID> parties() {
		return this.partyRows.stream().map(Party::organisationId).collect(Collectors.toCollection(LinkedHashSet::new));
	}

	public Set<UUID> programmes() {
		return this.programmeRows.stream()
			.map(LinkedProgramme::programmeId)
			.collect(Collectors.toCollection(LinkedHashSet::new));
	}

	public AgreementDetails details() {
		return new AgreementDetails(this.title, this.type, this.status, this.signedOn, this.endsOn, parties(),
				programmes(), this.note, this.visibility);
	}

	private static Set<Party> parties(AgreementDetails details) {
		return details.parties().stream().map(Party::new).collect(Collectors.toSet());
	}

	private static Set<LinkedProgramme> programmes(AgreementDetails details) {
		return details.programmes().stream().map(LinkedProgramme::new).collect(Collectors.toSet());
	}

}
