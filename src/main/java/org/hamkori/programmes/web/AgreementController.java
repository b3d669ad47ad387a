package org.hamkori.programmes.web;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;

import org.hamkori.directory.Directory;
import org.hamkori.directory.Mechanism;
import org.hamkori.programmes.Agreement;
import org.hamkori.programmes.AgreementStatus;
import org.hamkori.programmes.AgreementType;
import org.hamkori.programmes.PartnershipAgreements;
import org.hamkori.programmes.ProgrammeRegister;
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
 * The pages of partnership agreements: a mechanism's list filtered by status and type,
 * each agreement with its parties and programmes, and the secretariat's forms. Visibility
 * as for programmes: public ones for anyone, the rest for members, 404 otherwise.
 */
@Controller
class AgreementController {

	private final PartnershipAgreements agreements;

	private final ProgrammeRegister register;

	private final Directory directory;

	private final RegisterPages pages;

	AgreementController(PartnershipAgreements agreements, ProgrammeRegister register, Directory directory,
			RegisterPages pages) {
		this.agreements = agreements;
		this.register = register;
		this.directory = directory;
		this.pages = pages;
	}

	@GetMapping("/mechanisms/{code}/agreements")
	String list(@PathVariable String code, @RequestParam(required = false) AgreementStatus status,
			@RequestParam(required = false) AgreementType type, @RequestParam(defaultValue = "1") int page,
			Viewer viewer, Model model, HttpServletRequest request) {
		Mechanism mechanism = this.directory.mechanismOrThrow(code);
		List<Agreement> matching = this.agreements.ofMechanism(mechanism.id(), viewer)
			.stream()
			.filter((a) -> status == null || a.status() == status)
			.filter((a) -> type == null || a.type() == type)
			.toList();
		Paging<Agreement> paging = Paging.of(matching, page);
		String base = "/mechanisms/" + mechanism.code() + "/agreements";
		this.pages.context(model, mechanism);
		model.addAttribute("status", status);
		model.addAttribute("type", type);
		model.addAttribute("paging", paging);
		model.addAttribute("previous", RegisterPages.link(base, paging.page() - 1, "status", status, "type", type));
		model.addAttribute("next", RegisterPages.link(base, paging.page() + 1, "status", status, "type", type));
		model.addAttribute("statuses", AgreementStatus.values());
		model.addAttribute("types", AgreementType.values());
		model.addAttribute("canManage", viewer.canManage(mechanism.id()));
		return HtmxRequests.isHtmx(request) ? "programmes/agreements :: results" : "programmes/agreements";
	}

	@GetMapping("/agreements/{id}")
	String show(@PathVariable UUID id, Viewer viewer, Model model) {
		Agreement agreement = this.agreements.visible(id, viewer);
		this.pages.context(model, this.pages.mechanism(agreement.mechanismId()));
		model.addAttribute("agreement", agreement);
		model.addAttribute("programmes", this.register.visibleAmong(agreement.programmes(), viewer));
		model.addAttribute("canManage", viewer.canManage(agreement.mechanismId()));
		return "programmes/agreement";
	}

	@GetMapping("/mechanisms/{code}/agreements/new")
	String newAgreement(@PathVariable String code, Viewer viewer, Locale locale, Model model) {
		Mechanism mechanism = this.pages.managed(code, viewer);
		return form(model, mechanism, null, AgreementForm.empty(), false, viewer, locale);
	}

	@PostMapping("/mechanisms/{code}/agreements")
	String create(@PathVariable String code, @Valid @ModelAttribute("form") AgreementForm form, BindingResult errors,
			Viewer viewer, Locale locale, Model model) {
		Mechanism mechanism = this.pages.managed(code, viewer);
		if (errors.hasErrors()) {
			return form(model, mechanism, null, form, false, viewer, locale);
		}
		try {
			Agreement created = this.agreements.create(mechanism.id(),
					form.toDetails(Titles.nationalLanguage(mechanism), null), viewer);
			return "redirect:/agreements/" + created.id() + "?created";
		}
		catch (RuleViolation ex) {
			RuleErrors.reject(errors, ex, Titles::formField);
			return form(model, mechanism, null, form, false, viewer, locale);
		}
	}

	@GetMapping("/agreements/{id}/edit")
	String edit(@PathVariable UUID id, Viewer viewer, Locale locale, Model model) {
		Agreement agreement = editable(id, viewer);
		Mechanism mechanism = this.pages.mechanism(agreement.mechanismId());
		return form(model, mechanism, agreement, AgreementForm.of(agreement, Titles.nationalLanguage(mechanism)), false,
				viewer, locale);
	}

	@PostMapping("/agreements/{id}")
	String update(@PathVariable UUID id, @Valid @ModelAttribute("form") AgreementForm form, BindingResult errors,
			Viewer viewer, Locale locale, Model model) {
		Agreement agreement = editable(id, viewer);
		Mechanism mechanism = this.pages.mechanism(agreement.mechanismId());
		if (errors.hasErrors()) {
			return form(model, mechanism, agreement, form, false, viewer, locale);
		}
		try {
			this.agreements.update(id, form.toDetails(Titles.nationalLanguage(mechanism), agreement.title()),
					(form.version() != null) ? form.version() : -1L, viewer);
			return "redirect:/agreements/" + id + "?updated";
		}
		catch (RuleViolation ex) {
			RuleErrors.reject(errors, ex, Titles::formField);
			return form(model, mechanism, agreement, form, false, viewer, locale);
		}
		catch (OptimisticLockingFailureException ex) {
			Agreement current = this.agreements.visible(id, viewer);
			return form(model, mechanism, current, form.withVersion(current.version()), true, viewer, locale);
		}
	}

	private Agreement editable(UUID id, Viewer viewer) {
		Agreement agreement = this.agreements.visible(id, viewer);
		if (!viewer.canManage(agreement.mechanismId())) {
			throw new ForbiddenException();
		}
		return agreement;
	}

	private String form(Model model, Mechanism mechanism, Agreement saved, AgreementForm form, boolean conflict,
			Viewer viewer, Locale locale) {
		this.pages.context(model, mechanism);
		model.addAttribute("form", form);
		model.addAttribute("saved", saved);
		model.addAttribute("conflict", conflict);
		model.addAttribute("choices", this.pages.organisationChoices(mechanism, locale));
		model.addAttribute("programmeChoices", this.register.ofMechanism(mechanism.id(), viewer));
		model.addAttribute("types", AgreementType.values());
		model.addAttribute("statuses", AgreementStatus.values());
		model.addAttribute("visibilities", Visibility.values());
		return "programmes/agreement-form";
	}

}
