package org.hamkori.reporting.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import jakarta.validation.Valid;

import org.hamkori.directory.Mechanism;
import org.hamkori.indicators.IndicatorCatalogue;
import org.hamkori.indicators.Period;
import org.hamkori.indicators.Periodicity;
import org.hamkori.reporting.DataSet;
import org.hamkori.reporting.DataSets;
import org.hamkori.shared.i18n.LocalizedText;
import org.hamkori.shared.security.Viewer;
import org.hamkori.shared.security.Visibility;
import org.hamkori.shared.rules.RuleErrors;
import org.hamkori.shared.rules.RuleViolation;
import org.hamkori.shared.text.Texts;
import org.hamkori.shared.web.ForbiddenException;
import org.hamkori.shared.web.TypedInput;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * A mechanism's data sets and reporting obligations: members read them; the secretariat
 * defines a data set from catalogue indicators and names the institutions that report it.
 */
@Controller
class DataSetController {

	private final DataSets dataSets;

	private final DataPages pages;

	DataSetController(DataSets dataSets, DataPages pages) {
		this.dataSets = dataSets;
		this.pages = pages;
	}

	@GetMapping("/mechanisms/{code}/data-sets")
	String list(@PathVariable String code, Viewer viewer, Model model) {
		Mechanism mechanism = this.pages.memberMechanism(code, viewer);
		model.addAttribute("form", new DataSetForm());
		return listPage(model, mechanism, viewer);
	}

	@PostMapping("/mechanisms/{code}/data-sets")
	String create(@PathVariable String code, @Valid @ModelAttribute("form") DataSetForm form, BindingResult errors,
			Viewer viewer, Model model) {
		TypedInput.require(errors);
		Mechanism mechanism = this.pages.managed(code, viewer);
		Map<String, IndicatorCatalogue.Indicator> indicators = this.pages.indicators();
		List<DataSet.Item> items = new ArrayList<>();
		for (String indicator : form.getIndicators()) {
			IndicatorCatalogue.Indicator i = indicators.get(indicator);
			if (i != null) {
				items.add(new DataSet.Item(i.code(), i.dimensions(), form.getRequired().contains(i.code()), null, null,
						form.getChangeWarning(), BigDecimal.ONE));
			}
		}
		Map<String, String> names = new LinkedHashMap<>();
		if (Texts.blankToNull(form.getNameEn()) != null) {
			names.put("en", Texts.blankToNull(form.getNameEn()));
		}
		if (Texts.blankToNull(form.getNameRu()) != null) {
			names.put("ru", Texts.blankToNull(form.getNameRu()));
		}
		try {
			DataSet set = this.dataSets.create(mechanism.id(), form.getCode(), LocalizedText.of(names),
					form.getPeriodicity(), form.getVisibility(), items, viewer);
			return "redirect:/data-sets/" + set.id() + "?created";
		}
		catch (RuleViolation ex) {
			RuleErrors.reject(errors, ex);
			return listPage(model, mechanism, viewer);
		}
	}

	private String listPage(Model model, Mechanism mechanism, Viewer viewer) {
		this.pages.context(model, mechanism);
		List<DataSet> sets = this.dataSets.ofMechanism(mechanism.id());
		Map<UUID, Integer> obligations = new LinkedHashMap<>();
		sets.forEach((s) -> obligations.put(s.id(), this.dataSets.obligationsOf(s.id()).size()));
		model.addAttribute("sets", sets);
		model.addAttribute("obligationCounts", obligations);
		model.addAttribute("canManage", viewer.canManage(mechanism.id()));
		model.addAttribute("catalogue", this.pages.indicators().values());
		model.addAttribute("periodicities", Periodicity.values());
		model.addAttribute("visibilities", Visibility.values());
		return "reporting/data-sets";
	}

	@GetMapping("/data-sets/{id}")
	String show(@PathVariable UUID id, Viewer viewer, Locale locale, Model model) {
		DataSet set = this.pages.dataSet(id, viewer);
		model.addAttribute("obligationForm", new ObligationForm(null, 30, "", ""));
		return showPage(model, set, viewer, locale);
	}

	/**
	 * A reporting institution for a data set: what is due, from which period to which.
	 */
	record ObligationForm(UUID organisationId, Integer dueDays, String firstPeriod, String lastPeriod) {
	}

	@PostMapping("/data-sets/{id}/obligations")
	String addObligation(@PathVariable UUID id, @Valid @ModelAttribute("obligationForm") ObligationForm form,
			BindingResult errors, Viewer viewer, Locale locale, Model model) {
		TypedInput.require(errors);
		DataSet set = this.pages.dataSet(id, viewer);
		if (!viewer.canManage(set.mechanismId())) {
			throw new ForbiddenException();
		}
		Period first = Period.parse(Objects.requireNonNullElse(form.firstPeriod(), "")).orElse(null);
		String lastPeriod = Objects.requireNonNullElse(form.lastPeriod(), "");
		Period last = Period.parse(lastPeriod).orElse(null);
		if (!lastPeriod.isBlank() && last == null) {
			errors.rejectValue("lastPeriod", "data.obligation.period-invalid");
		}
		if (form.organisationId() == null) {
			errors.rejectValue("organisationId", "data.obligation.organisation-required");
		}
		if (first == null) {
			errors.rejectValue("firstPeriod", "data.obligation.period-invalid");
		}
		if (!errors.hasErrors()) {
			try {
				int dueDays = (form.dueDays() != null) ? form.dueDays() : -1;
				this.dataSets.addObligation(id, form.organisationId(), dueDays, first, last, viewer);
				return "redirect:/data-sets/" + id + "?added";
			}
			catch (RuleViolation ex) {
				RuleErrors.reject(errors, ex);
			}
		}
		return showPage(model, set, viewer, locale);
	}

	private String showPage(Model model, DataSet set, Viewer viewer, Locale locale) {
		Mechanism mechanism = this.pages.mechanism(set.mechanismId());
		this.pages.context(model, mechanism);
		model.addAttribute("set", set);
		model.addAttribute("obligations", this.dataSets.obligationsOf(set.id()));
		model.addAttribute("canManage", viewer.canManage(mechanism.id()));
		model.addAttribute("institutions", this.pages.memberInstitutions(mechanism, locale));
		model.addAttribute("dimensions", this.pages.dimensions());
		return "reporting/data-set";
	}

}
