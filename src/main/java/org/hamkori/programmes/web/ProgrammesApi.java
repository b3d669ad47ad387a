package org.hamkori.programmes.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.hamkori.directory.Directory;
import org.hamkori.directory.Mechanism;
import org.hamkori.programmes.Agreement;
import org.hamkori.programmes.AgreementStatus;
import org.hamkori.programmes.AgreementType;
import org.hamkori.programmes.BudgetBand;
import org.hamkori.programmes.PartnershipAgreements;
import org.hamkori.programmes.Programme;
import org.hamkori.programmes.ProgrammeRegister;
import org.hamkori.programmes.ProgrammeStatus;
import org.hamkori.programmes.ProgrammeTheme;
import org.hamkori.shared.security.Viewer;
import org.hamkori.shared.security.Visibility;
import org.jspecify.annotations.Nullable;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Programmes and agreements for machine clients, read-only, filtered by the caller's
 * rights exactly as the pages are: a programme or agreement the caller may not see
 * answers 404 and never appears in a list.
 */
@RestController
@Tag(name = "Programmes", description = "Who does what, where: programmes and partnership agreements per mechanism")
class ProgrammesApi {

	private final ProgrammeRegister register;

	private final PartnershipAgreements agreements;

	private final Directory directory;

	ProgrammesApi(ProgrammeRegister register, PartnershipAgreements agreements, Directory directory) {
		this.register = register;
		this.agreements = agreements;
		this.directory = directory;
	}

	/** A programme as clients see it; {@code status} is derived for today. */
	record ProgrammeView(UUID id, String mechanism, Map<String, String> title, @Nullable String description,
			@Nullable UUID implementerId, @Nullable UUID donorId, @Nullable LocalDate startDate,
			@Nullable LocalDate endDate, ProgrammeStatus status, Set<ProgrammeTheme> themes, List<String> regions,
			@Nullable BudgetBand budget, @Nullable String contactName, @Nullable String contactEmail,
			Visibility visibility, Long version) {
	}

	/**
	 * An agreement as clients see it, with only the linked programmes the caller may see.
	 */
	record AgreementView(UUID id, String mechanism, Map<String, String> title, AgreementType type,
			AgreementStatus status, @Nullable LocalDate statusChangedOn, @Nullable LocalDate signedOn,
			@Nullable LocalDate endsOn, Set<UUID> parties, List<UUID> programmes, @Nullable String note,
			Visibility visibility, Long version) {
	}

	@GetMapping("/api/v1/programmes")
	@Operation(summary = "Programmes of a mechanism the caller may see, latest start first")
	List<ProgrammeView> programmes(
			@Parameter(description = "Mechanism code, e.g. CCM-TJ") @RequestParam String mechanism,
			@Parameter(description = "Only programmes on this theme") @RequestParam(
					required = false) ProgrammeTheme theme,
			@Parameter(description = "Only programmes planned, running or ended today") @RequestParam(
					required = false) ProgrammeStatus status,
			@Parameter(description = "Only programmes implemented by this organisation (id)") @RequestParam(
					required = false) UUID implementer,
			Viewer viewer) {
		Mechanism m = this.directory.mechanismOrThrow(mechanism);
		LocalDate today = this.register.today();
		return new ProgrammeFilter(theme, status, implementer).apply(this.register.ofMechanism(m.id(), viewer), today)
			.stream()
			.map((p) -> view(p, m, today))
			.toList();
	}

	@GetMapping("/api/v1/programmes/{id}")
	@Operation(summary = "One programme; 404 when it does not exist or the caller may not see it")
	ProgrammeView programme(@PathVariable UUID id, Viewer viewer) {
		Programme p = this.register.visible(id, viewer);
		return view(p, this.directory.mechanism(p.mechanismId()).orElseThrow(), this.register.today());
	}

	@GetMapping("/api/v1/agreements")
	@Operation(summary = "Partnership agreements of a mechanism the caller may see, latest status change first")
	List<AgreementView> agreements(
			@Parameter(description = "Mechanism code, e.g. CCM-TJ") @RequestParam String mechanism,
			@Parameter(description = "Only agreements in this status") @RequestParam(
					required = false) AgreementStatus status,
			Viewer viewer) {
		Mechanism m = this.directory.mechanismOrThrow(mechanism);
		return this.agreements.ofMechanism(m.id(), viewer)
			.stream()
			.filter((a) -> status == null || a.status() == status)
			.map((a) -> view(a, m, viewer))
			.toList();
	}

	private static ProgrammeView view(Programme p, Mechanism mechanism, LocalDate today) {
		return new ProgrammeView(p.id(), mechanism.code(), p.title().values(), p.description(), p.implementerId(),
				p.donorId(), p.startDate(), p.endDate(), p.status(today), p.themes(), p.regionList(), p.budget(),
				p.contactName(), p.contactEmail(), p.visibility(), p.version());
	}

	private AgreementView view(Agreement a, Mechanism mechanism, Viewer viewer) {
		List<UUID> programmes = this.register.visibleAmong(a.programmes(), viewer).stream().map(Programme::id).toList();
		return new AgreementView(a.id(), mechanism.code(), a.title().values(), a.type(), a.status(),
				a.statusChangedOn(), a.signedOn(), a.endsOn(), a.parties(), programmes, a.note(), a.visibility(),
				a.version());
	}

}
