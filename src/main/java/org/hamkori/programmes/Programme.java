package org.hamkori.programmes;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
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
 * A programme or project in a mechanism's country (or region, for the RCM): who
 * implements and funds it, what it works on, where, when, with what budget band, and whom
 * to ask. Its status is derived from its period and today, never stored.
 */
@Table("programme")
public record Programme(@Id UUID id, UUID mechanismId, UUID implementerId, UUID donorId, LocalizedText title,
		String description, LocalDate startDate, LocalDate endDate,
		@MappedCollection(idColumn = "programme_id") Set<Theme> themeRows, String regions, BudgetBand budget,
		String contactName, String contactEmail, Visibility visibility, Instant createdAt, Instant updatedAt,
		@Version Long version) {

	/** One theme of a programme (a row of {@code programme_theme}). */
	@Table("programme_theme")
	public record Theme(ProgrammeTheme theme) {
	}

	public Programme {
		themeRows = (themeRows != null) ? Set.copyOf(themeRows) : Set.of();
	}

	static Programme create(UUID mechanismId, ProgrammeDetails details, Instant now) {
		return new Programme(UUID.randomUUID(), mechanismId, details.implementerId(), details.donorId(),
				details.title(), details.description(), details.startDate(), details.endDate(), rows(details.themes()),
				details.regions(), details.budget(), details.contactName(), details.contactEmail(),
				details.visibility(), now, now, null);
	}

	Programme change(ProgrammeDetails details, Instant now, Long expectedVersion) {
		return new Programme(this.id, this.mechanismId, details.implementerId(), details.donorId(), details.title(),
				details.description(), details.startDate(), details.endDate(), rows(details.themes()),
				details.regions(), details.budget(), details.contactName(), details.contactEmail(),
				details.visibility(), this.createdAt, now, expectedVersion);
	}

	/** The themes in their list order. */
	public Set<ProgrammeTheme> themes() {
		Set<ProgrammeTheme> themes = EnumSet.noneOf(ProgrammeTheme.class);
		this.themeRows.forEach((row) -> themes.add(row.theme()));
		return themes;
	}

	/**
	 * The regions as typed, one by one: Khatlon and Sughd from the text Khatlon, Sughd.
	 */
	public List<String> regionList() {
		return (this.regions == null) ? List.of()
				: Arrays.stream(this.regions.split("[,;\\n]")).map(String::strip).filter((r) -> !r.isEmpty()).toList();
	}

	public ProgrammeStatus status(LocalDate today) {
		return ProgrammeStatus.of(this.startDate, this.endDate, today);
	}

	/** What other modules see of a programme. */
	public ProgrammeRef ref() {
		return new ProgrammeRef(this.id, this.mechanismId, this.title, this.implementerId);
	}

	/** The details as they stand, to edit. */
	public ProgrammeDetails details() {
		return new ProgrammeDetails(this.implementerId, this.donorId, this.title, this.description, this.startDate,
				this.endDate, themes(), this.regions, this.budget, this.contactName, this.contactEmail,
				this.visibility);
	}

	private static Set<Theme> rows(Set<ProgrammeTheme> themes) {
		return (themes == null) ? Set.of() : themes.stream().map(Theme::new).collect(Collectors.toSet());
	}

}
