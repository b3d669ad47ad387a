package org.hamkori.indicators.web;

import java.util.Arrays;

import jakarta.validation.Valid;

import org.hamkori.indicators.CatalogueMaintenance;
import org.hamkori.indicators.IndicatorCatalogue;
import org.hamkori.indicators.Periodicity;
import org.hamkori.shared.rules.RuleErrors;
import org.hamkori.shared.rules.RuleViolation;
import org.hamkori.shared.security.Viewer;
import org.hamkori.shared.web.ConflictException;
import org.hamkori.shared.web.ForbiddenException;
import org.hamkori.shared.web.NotFoundException;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * The catalogue's maintenance pages: a new indicator, an indicator's edit form, and an
 * extra code added to a code list. Only the platform admin and the regional secretariat
 * reach them; others get 403.
 */
@Controller
class CataloguePages {

	private final IndicatorCatalogue catalogue;

	private final CatalogueMaintenance maintenance;

	CataloguePages(IndicatorCatalogue catalogue, CatalogueMaintenance maintenance) {
		this.catalogue = catalogue;
		this.maintenance = maintenance;
	}

	@GetMapping("/catalogue/indicators/new")
	String newIndicator(Viewer viewer, Model model) {
		check(viewer);
		return form(model, IndicatorForm.empty(), null);
	}

	@PostMapping("/catalogue/indicators")
	String create(@Valid @ModelAttribute("form") IndicatorForm form, BindingResult errors, Viewer viewer, Model model) {
		check(viewer);
		if (!errors.hasErrors()) {
			try {
				return "redirect:/indicators/" + this.maintenance.create(form.draft(), viewer).code() + "?saved";
			}
			catch (RuleViolation ex) {
				RuleErrors.reject(errors, onForm(ex, IndicatorForm::formField));
			}
		}
		return form(model, form, null);
	}

	@GetMapping("/catalogue/indicators/{code}")
	String edit(@PathVariable String code, Viewer viewer, Model model) {
		check(viewer);
		IndicatorCatalogue.Indicator indicator = this.catalogue.indicator(code).orElseThrow(NotFoundException::new);
		return form(model, IndicatorForm.of(indicator), indicator);
	}

	@PostMapping("/catalogue/indicators/{code}")
	String update(@PathVariable String code, @Valid @ModelAttribute("form") IndicatorForm form, BindingResult errors,
			Viewer viewer, Model model) {
		check(viewer);
		IndicatorCatalogue.Indicator indicator = this.catalogue.indicator(code).orElseThrow(NotFoundException::new);
		if (!errors.hasErrors()) {
			try {
				long version = (form.version() != null) ? form.version() : indicator.version();
				this.maintenance.update(indicator.code(), form.draft(), version, viewer);
				return "redirect:/indicators/" + indicator.code() + "?saved";
			}
			catch (RuleViolation ex) {
				RuleErrors.reject(errors, onForm(ex, IndicatorForm::formField));
			}
			catch (ConflictException ex) {
				errors.reject("catalogue.conflict");
			}
		}
		return form(model, form, indicator);
	}

	@PostMapping("/code-lists/{id}/codes")
	String addCode(@PathVariable String id, @Valid @ModelAttribute("form") CodeForm form, BindingResult errors,
			Viewer viewer, Model model) {
		check(viewer);
		IndicatorCatalogue.Dimension list = this.catalogue.codeList(id).orElseThrow(NotFoundException::new);
		if (!errors.hasErrors()) {
			try {
				this.maintenance.addCode(list.code(), form.code(), form.name(), viewer);
				return "redirect:/code-lists/" + list.code() + "?saved";
			}
			catch (RuleViolation ex) {
				RuleErrors.reject(errors, onForm(ex, CodeForm::formField));
			}
		}
		return CodeListController.page(model, list, this.maintenance, viewer, form);
	}

	@GetMapping("/code-lists/{id}/codes/{code}")
	String editCode(@PathVariable String id, @PathVariable String code, Viewer viewer, Model model) {
		check(viewer);
		IndicatorCatalogue.Dimension list = storedList(id);
		IndicatorCatalogue.Code stored = list.code(code)
			.filter(IndicatorCatalogue.Code::featured)
			.orElseThrow(NotFoundException::new);
		return codeForm(model, list, stored,
				CodeForm.of(stored, this.maintenance.codeVersion(list.code(), stored.code())));
	}

	@PostMapping("/code-lists/{id}/codes/{code}")
	String renameCode(@PathVariable String id, @PathVariable String code, @Valid @ModelAttribute("form") CodeForm form,
			BindingResult errors, Viewer viewer, Model model) {
		check(viewer);
		IndicatorCatalogue.Dimension list = storedList(id);
		IndicatorCatalogue.Code stored = list.code(code)
			.filter(IndicatorCatalogue.Code::featured)
			.orElseThrow(NotFoundException::new);
		if (!errors.hasErrors()) {
			try {
				long version = (form.version() != null) ? form.version()
						: this.maintenance.codeVersion(list.code(), stored.code());
				this.maintenance.renameCode(list.code(), stored.code(), form.name(), version, viewer);
				return "redirect:/code-lists/" + list.code() + "?saved";
			}
			catch (RuleViolation ex) {
				RuleErrors.reject(errors, onForm(ex, CodeForm::formField));
			}
			catch (ConflictException ex) {
				errors.reject("catalogue.codeList.conflict");
			}
		}
		return codeForm(model, list, stored, form);
	}

	private IndicatorCatalogue.Dimension storedList(String id) {
		IndicatorCatalogue.Dimension list = this.catalogue.codeList(id).orElseThrow(NotFoundException::new);
		if (IndicatorCatalogue.REF_AREA.equals(list.code())) {
			throw new NotFoundException();
		}
		return list;
	}

	private static String codeForm(Model model, IndicatorCatalogue.Dimension list, IndicatorCatalogue.Code code,
			CodeForm form) {
		model.addAttribute("list", list);
		model.addAttribute("code", code);
		model.addAttribute("form", form);
		return "indicators/code-form";
	}

	private String form(Model model, IndicatorForm form, IndicatorCatalogue.Indicator indicator) {
		model.addAttribute("form", form);
		model.addAttribute("indicator", indicator);
		model.addAttribute("dimensions", this.catalogue.dimensions());
		model.addAttribute("periodicities", Arrays.stream(Periodicity.values()).map(Enum::name).toList());
		return "indicators/indicator-form";
	}

	private void check(Viewer viewer) {
		if (!this.maintenance.canMaintain(viewer)) {
			throw new ForbiddenException();
		}
	}

	/** The violation with its fields renamed to the form's. */
	static RuleViolation onForm(RuleViolation ex, java.util.function.UnaryOperator<String> field) {
		return new RuleViolation(ex.problems()
			.stream()
			.map((p) -> new RuleViolation.Problem((p.field() != null) ? field.apply(p.field()) : null, p.messageKey(),
					p.arguments()))
			.toList());
	}

}
