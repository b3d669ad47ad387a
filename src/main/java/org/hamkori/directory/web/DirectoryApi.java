package org.hamkori.directory.web;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.hamkori.directory.Directory;
import org.hamkori.directory.MemberList;
import org.hamkori.directory.MemberList.Filter;
import org.hamkori.directory.MemberList.Member;
import org.hamkori.directory.Mechanism;
import org.hamkori.shared.security.Viewer;
import org.jspecify.annotations.Nullable;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Read access to the directory for machine clients. People's contacts follow the same
 * rules as the pages.
 */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Directory", description = "Coordination mechanisms, their member institutions and people")
class DirectoryApi {

	private final Directory directory;

	private final MemberList memberList;

	DirectoryApi(Directory directory, MemberList memberList) {
		this.directory = directory;
		this.memberList = memberList;
	}

	record MechanismView(UUID id, String code, @Nullable String country, boolean regional, Map<String, String> name,
			String timeZone) {
	}

	record OrganisationView(UUID id, Map<String, String> name, @Nullable String acronym, String type,
			@Nullable String country) {
	}

	record PersonView(UUID id, String fullName, @Nullable String position, @Nullable UUID organisationId, String role,
			@Nullable String email, @Nullable String phone) {
	}

	@GetMapping("/mechanisms")
	@Operation(summary = "All coordination mechanisms: the regional one and the four national ones")
	List<MechanismView> mechanisms() {
		return this.directory.mechanisms()
			.stream()
			.map((m) -> new MechanismView(m.id(), m.code(), m.countryCode(), m.regional(), m.name().values(),
					m.timeZone()))
			.toList();
	}

	@GetMapping("/organisations")
	@Operation(summary = "Organisations with a current seat in a mechanism")
	List<OrganisationView> organisations(
			@Parameter(description = "Mechanism code, e.g. CCM-TJ") @RequestParam String mechanism, Viewer viewer) {
		Mechanism m = this.directory.mechanismOrThrow(mechanism);
		var organisations = this.directory.organisationsById();
		return this.memberList.members(viewer, m, Filter.none())
			.stream()
			.map(Member::organisationId)
			.distinct()
			.map(organisations::get)
			.map((o) -> new OrganisationView(o.id(), o.name().values(), o.acronym(), o.type().name(), o.countryCode()))
			.toList();
	}

	@GetMapping("/people")
	@Operation(
			summary = "People with a current seat in a mechanism; e-mail and phone only where the caller may see them")
	List<PersonView> people(@Parameter(description = "Mechanism code, e.g. CCM-TJ") @RequestParam String mechanism,
			Viewer viewer) {
		Mechanism m = this.directory.mechanismOrThrow(mechanism);
		return this.memberList.members(viewer, m, Filter.none())
			.stream()
			.map((p) -> new PersonView(p.personId(), p.fullName(), p.position(), p.organisationId(), p.role().name(),
					p.email(), p.phone()))
			.toList();
	}

}
