package org.hamkori.directory.web;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import jakarta.validation.Valid;

import org.hamkori.directory.Directory;
import org.hamkori.directory.Membership;
import org.hamkori.directory.MembershipManagement;
import org.hamkori.directory.Organisation;
import org.hamkori.directory.OrganisationForm;
import org.hamkori.directory.OrganisationType;
import org.hamkori.shared.security.Viewer;
import org.hamkori.shared.web.ForbiddenException;
import org.hamkori.shared.web.HtmxRequests;
import org.hamkori.shared.web.NotFoundException;
import org.hamkori.shared.web.TypedInput;
import org.hamkori.shared.web.Paging;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Organisations: a searchable, paged list, each one's page with its seats, and the form
 * for a new one.
 */
@Controller
class OrganisationController {

	static final int PAGE_SIZE = 20;

	private final Directory directory;

	private final MembershipManagement management;

	OrganisationController(Directory directory, MembershipManagement management) {
		this.directory = directory;
		this.management = management;
	}

	@GetMapping("/organisations")
	String list(@RequestParam(required = false) String q, @RequestParam(required = false) OrganisationType type,
			@RequestParam(defaultValue = "1") int page, Locale locale, Model model, HttpServletRequest request) {
		List<Organisation> matching = this.directory.organisations()
			.stream()
			.filter((o) -> type == null || o.type() == type)
			.filter((o) -> q == null || q.isBlank() || o.name().contains(q.strip())
					|| (o.acronym() != null
							&& o.acronym().toLowerCase(Locale.ROOT).contains(q.strip().toLowerCase(Locale.ROOT))))
			.toList();
		Paging<Organisation> paging = Paging.of(matching, page, PAGE_SIZE);
		model.addAttribute("organisations", paging.items());
		model.addAttribute("total", paging.total());
		model.addAttribute("page", paging.page());
		model.addAttribute("pages", paging.pages());
		model.addAttribute("q", q);
		model.addAttribute("type", type);
		model.addAttribute("types", OrganisationType.values());
		model.addAttribute("countries", this.directory.countries());
		return HtmxRequests.isHtmx(request) ? "directory/organisations :: results" : "directory/organisations";
	}

	@GetMapping("/organisations/{id}")
	String show(@PathVariable UUID id, Viewer viewer, Locale locale, Model model) {
		Organisation organisation = this.directory.organisation(id).orElseThrow(NotFoundException::new);
		List<Membership> seats = this.directory.membershipsOfOrganisation(id)
			.stream()
			.sorted(Comparator.comparing(Membership::validFrom).reversed())
			.toList();
		model.addAttribute("organisation", organisation);
		model.addAttribute("canEdit", this.management.canEditOrganisation(viewer, id));
		model.addAttribute("seats", seats);
		model.addAttribute("mechanisms", this.directory.mechanismsById());
		model.addAttribute("people",
				seats.stream()
					.map(Membership::personId)
					.distinct()
					.map(this.directory::person)
					.flatMap(java.util.Optional::stream)
					.collect(java.util.stream.Collectors.toMap(p -> p.id(), p -> p)));
		model.addAttribute("countries", this.directory.countries());
		model.addAttribute("today", this.directory.today());
		return "directory/organisation";
	}

	@GetMapping("/organisations/new")
	String newOrganisation(Viewer viewer, Model model) {
		requireManager(viewer);
		return form(model, OrganisationForm.empty());
	}

	@PostMapping("/organisations")
	String create(@Valid @ModelAttribute("form") OrganisationForm form, BindingResult errors, Viewer viewer,
			Model model) {
		requireManager(viewer);
		if (errors.hasErrors()) {
			return form(model, form);
		}
		Organisation organisation = this.management.createOrganisation(viewer, form);
		return "redirect:/organisations/" + organisation.id();
	}

	@GetMapping("/organisations/{id}/edit")
	String edit(@PathVariable UUID id, Viewer viewer, Model model) {
		Organisation organisation = editable(id, viewer);
		return editForm(model, organisation, OrganisationForm.of(organisation), organisation.version(), false);
	}

	@PostMapping("/organisations/{id}")
	String update(@PathVariable UUID id, @Valid @ModelAttribute("form") OrganisationForm form, BindingResult errors,
			@ModelAttribute("read") VersionForm read, BindingResult readErrors, Viewer viewer, Model model) {
		Integer version = TypedInput.required(readErrors, read.version());
		Organisation organisation = editable(id, viewer);
		if (errors.hasErrors()) {
			return editForm(model, organisation, form, version, false);
		}
		try {
			this.management.updateOrganisation(viewer, id, form, version);
		}
		catch (OptimisticLockingFailureException ex) {
			Organisation current = this.directory.organisation(id).orElseThrow(NotFoundException::new);
			return editForm(model, current, form, current.version(), true);
		}
		return "redirect:/organisations/" + id;
	}

	private Organisation editable(UUID id, Viewer viewer) {
		Organisation organisation = this.directory.organisation(id).orElseThrow(NotFoundException::new);
		if (!this.management.canEditOrganisation(viewer, id)) {
			throw new ForbiddenException();
		}
		return organisation;
	}

	private String editForm(Model model, Organisation organisation, OrganisationForm form, Integer version,
			boolean conflict) {
		model.addAttribute("organisation", organisation);
		model.addAttribute("version", version);
		model.addAttribute("conflict", conflict);
		model.addAttribute("heading", "organisation.edit");
		model.addAttribute("action", "/organisations/" + organisation.id());
		model.addAttribute("cancel", "/organisations/" + organisation.id());
		return fields(model, form);
	}

	private String form(Model model, OrganisationForm form) {
		model.addAttribute("heading", "organisation.new");
		model.addAttribute("action", "/organisations");
		model.addAttribute("cancel", "/organisations");
		model.addAttribute("version", null);
		model.addAttribute("conflict", false);
		return fields(model, form);
	}

	private String fields(Model model, OrganisationForm form) {
		model.addAttribute("form", form);
		model.addAttribute("types", OrganisationType.values());
		model.addAttribute("countries", this.directory.countries().values());
		return "directory/organisation-form";
	}

	private static void requireManager(Viewer viewer) {
		if (!viewer.managesAnyMechanism()) {
			throw new ForbiddenException();
		}
	}

}
