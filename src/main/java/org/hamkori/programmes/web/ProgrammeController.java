package org.hamkori.programmes.web;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;

import org.hamkori.directory.Directory;
import org.hamkori.directory.Mechanism;
import org.hamkori.directory.Organisation;
import org.hamkori.programmes.BudgetBand;
import org.hamkori.programmes.PartnershipAgreements;
import org.hamkori.programmes.Programme;
import org.hamkori.programmes.ProgrammeRegister;
import org.hamkori.programmes.ProgrammeStatus;
import org.hamkori.programmes.ProgrammeTheme;
import org.hamkori.shared.security.Viewer;
import org.hamkori.shared.security.Visibility;
import org.hamkori.shared.web.ForbiddenException;
import org.hamkori.shared.web.HtmxRequests;
import org.hamkori.shared.web.Paging;
import org.hamkori.shared.rules.RuleErrors;
import org.hamkori.shared.rules.RuleViolation;

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
 * The programme register's pages: a mechanism's list with filters, each programme with
 * the agreements that serve it, and the secretariat's forms. Anyone may open the list and
 * public programmes; members-only ones are shown to the mechanism's members only, and
 * answer 404 to everyone else.
 */
@Controller
class ProgrammeController {

	private final ProgrammeRegister register;

	private final PartnershipAgreements agreements;

	private final Directory directory;

	private final RegisterPages pages;

	ProgrammeController(ProgrammeRegister register, PartnershipAgreements agreements, Directory directory,
			RegisterPages pages) {
		this.register = register;
		this.agreements = agreements;
		this.directory = directory;
		this.pages = pages;
	}

	@GetMapping("/mechanisms/{code}/programmes")
	String list(@PathVariable String code, @RequestParam(required = false) ProgrammeTheme theme,
			@RequestParam(required = false) ProgrammeStatus status, @RequestParam(required = false) UUID implementer,
			@RequestParam(defaultValue = "1") int page, Viewer viewer, Locale locale, Model model,
			HttpServletRequest request) {
		Mechanism mechanism = this.directory.mechanismOrThrow(code);
		List<Programme> all = this.register.ofMechanism(mechanism.id(), viewer);
		ProgrammeFilter filter = new ProgrammeFilter(theme, status, implementer);
		Paging<Programme> paging = Paging.of(filter.apply(all, this.register.today()), page);
		String base = "/mechanisms/" + mechanism.code() + "/programmes";
		this.pages.context(model, mechanism);
		model.addAttribute("filter", filter);
		model.addAttribute("paging", paging);
		model.addAttribute("previous", filter.link(base, paging.page() - 1));
		model.addAttribute("next", filter.link(base, paging.page() + 1));
		model.addAttribute("themes", ProgrammeTheme.values());
		model.addAttribute("statuses", ProgrammeStatus.values());
		model.addAttribute("implementers", implementersOf(all, locale));
		model.addAttribute("canManage", viewer.canManage(mechanism.id()));
		model.addAttribute("isMember", viewer.isMemberOf(mechanism.id()) || viewer.admin());
		return HtmxRequests.isHtmx(request) ? "programmes/list :: results" : "programmes/list";
	}

	@GetMapping("/programmes/{id}")
	String show(@PathVariable UUID id, Viewer viewer, Model model) {
		Programme programme = this.register.visible(id, viewer);
		this.pages.context(model, this.pages.mechanism(programme.mechanismId()));
		model.addAttribute("programme", programme);
		model.addAttribute("agreements", this.agreements.linkedTo(id, viewer));
		model.addAttribute("canManage", viewer.canManage(programme.mechanismId()));
		return "programmes/detail";
	}

	@GetMapping("/mechanisms/{code}/programmes/new")
	String newProgramme(@PathVariable String code, Viewer viewer, Locale locale, Model model) {
		Mechanism mechanism = this.pages.managed(code, viewer);
		return form(model, mechanism, null, ProgrammeForm.empty(), false, locale);
	}

	@PostMapping("/mechanisms/{code}/programmes")
	String create(@PathVariable String code, @Valid @ModelAttribute("form") ProgrammeForm form, BindingResult errors,
			Viewer viewer, Locale locale, Model model) {
		Mechanism mechanism = this.pages.managed(code, viewer);
		if (errors.hasErrors()) {
			return form(model, mechanism, null, form, false, locale);
		}
		try {
			Programme created = this.register.create(mechanism.id(),
					form.toDetails(Titles.nationalLanguage(mechanism), null), viewer);
			return "redirect:/programmes/" + created.id() + "?created";
		}
		catch (RuleViolation ex) {
			RuleErrors.reject(errors, ex, Titles::formField);
			return form(model, mechanism, null, form, false, locale);
		}
	}

	@GetMapping("/programmes/{id}/edit")
	String edit(@PathVariable UUID id, Viewer viewer, Locale locale, Model model) {
		Programme programme = editable(id, viewer);
		Mechanism mechanism = this.pages.mechanism(programme.mechanismId());
		return form(model, mechanism, programme, ProgrammeForm.of(programme, Titles.nationalLanguage(mechanism)), false,
				locale);
	}

	@PostMapping("/programmes/{id}")
	String update(@PathVariable UUID id, @Valid @ModelAttribute("form") ProgrammeForm form, BindingResult errors,
			Viewer viewer, Locale locale, Model model) {
		Programme programme = editable(id, viewer);
		Mechanism mechanism = this.pages.mechanism(programme.mechanismId());
		if (errors.hasErrors()) {
			return form(model, mechanism, programme, form, false, locale);
		}
		try {
			this.register.update(id, form.toDetails(Titles.nationalLanguage(mechanism), programme.title()),
					(form.version() != null) ? form.version() : -1L, viewer);
			return "redirect:/programmes/" + id + "?updated";
		}
		catch (RuleViolation ex) {
			RuleErrors.reject(errors, ex, Titles::formField);
			return form(model, mechanism, programme, form, false, locale);
		}
		catch (OptimisticLockingFailureException ex) {
			Programme current = this.register.visible(id, viewer);
			return form(model, mechanism, current, form.withVersion(current.version()), true, locale);
		}
	}

	private Programme editable(UUID id, Viewer viewer) {
		Programme programme = this.register.visible(id, viewer);
		if (!viewer.canManage(programme.mechanismId())) {
			throw new ForbiddenException();
		}
		return programme;
	}

	private String form(Model model, Mechanism mechanism, Programme saved, ProgrammeForm form, boolean conflict,
			Locale locale) {
		this.pages.context(model, mechanism);
		model.addAttribute("form", form);
		model.addAttribute("saved", saved);
		model.addAttribute("conflict", conflict);
		model.addAttribute("choices", this.pages.organisationChoices(mechanism, locale));
		model.addAttribute("themes", ProgrammeTheme.values());
		model.addAttribute("budgets", BudgetBand.values());
		model.addAttribute("visibilities", Visibility.values());
		return "programmes/form";
	}

	/** The implementers of these programmes, by name in the reader's language. */
	private List<Organisation> implementersOf(List<Programme> programmes, Locale locale) {
		return programmes.stream()
			.map(Programme::implementerId)
			.distinct()
			.map(this.directory::organisation)
			.flatMap(java.util.Optional::stream)
			.sorted(Comparator.comparing((Organisation o) -> o.name().in(locale), String.CASE_INSENSITIVE_ORDER))
			.toList();
	}

}
