package org.hamkori.reporting.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.hamkori.directory.Mechanism;
import org.hamkori.indicators.IndicatorCatalogue;
import org.hamkori.indicators.Period;
import org.hamkori.indicators.Periodicity;
import org.hamkori.reporting.DataSet;
import org.hamkori.reporting.DataSets;
import org.hamkori.shared.i18n.LocalizedText;
import org.hamkori.shared.security.Viewer;
import org.hamkori.shared.security.Visibility;
import org.hamkori.shared.web.ForbiddenException;
import org.hamkori.shared.rules.RuleViolation;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A mechanism's data sets and reporting obligations: members read them; the secretariat
 * defines a data set from catalogue indicators and names the institutions that report it.
 */
@Controller
class DataSetController {

	private final DataSets dataSets;

	private final DataPages pages;

	private final DataMessages messages;

	DataSetController(DataSets dataSets, DataPages pages, DataMessages messages) {
		this.dataSets = dataSets;
		this.pages = pages;
		this.messages = messages;
	}

	@GetMapping("/mechanisms/{code}/data-sets")
	String list(@PathVariable String code, Viewer viewer, Model model) {
		Mechanism mechanism = this.pages.memberMechanism(code, viewer);
		return listPage(model, mechanism, viewer, new DataSetForm(), List.of());
	}

	@PostMapping("/mechanisms/{code}/data-sets")
	String create(@PathVariable String code, DataSetForm form, Viewer viewer, Locale locale, Model model) {
		Mechanism mechanism = this.pages.managed(code, viewer);
		List<String> errors = new ArrayList<>();
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
		if (form.getNameEn() != null && !form.getNameEn().isBlank()) {
			names.put("en", form.getNameEn().trim());
		}
		if (form.getNameRu() != null && !form.getNameRu().isBlank()) {
			names.put("ru", form.getNameRu().trim());
		}
		try {
			DataSet set = this.dataSets.create(mechanism.id(), form.getCode(), LocalizedText.of(names),
					form.getPeriodicity(), form.getVisibility(), items, viewer);
			return "redirect:/data-sets/" + set.id() + "?created";
		}
		catch (RuleViolation ex) {
			errors.add(this.messages.text(ex, locale));
			return listPage(model, mechanism, viewer, form, errors);
		}
	}

	private String listPage(Model model, Mechanism mechanism, Viewer viewer, DataSetForm form, List<String> errors) {
		this.pages.context(model, mechanism);
		List<DataSet> sets = this.dataSets.ofMechanism(mechanism.id());
		Map<UUID, Integer> obligations = new LinkedHashMap<>();
		sets.forEach((s) -> obligations.put(s.id(), this.dataSets.obligationsOf(s.id()).size()));
		model.addAttribute("sets", sets);
		model.addAttribute("obligationCounts", obligations);
		model.addAttribute("canManage", viewer.canManage(mechanism.id()));
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("catalogue", this.pages.indicators().values());
		model.addAttribute("periodicities", Periodicity.values());
		model.addAttribute("visibilities", Visibility.values());
		return "reporting/data-sets";
	}

	@GetMapping("/data-sets/{id}")
	String show(@PathVariable UUID id, Viewer viewer, Locale locale, Model model) {
		DataSet set = this.pages.dataSet(id, viewer);
		return showPage(model, set, viewer, locale, null, List.of());
	}

	@PostMapping("/data-sets/{id}/obligations")
	String addObligation(@PathVariable UUID id, @RequestParam(required = false) UUID organisationId,
			@RequestParam(defaultValue = "-1") int dueDays, @RequestParam(defaultValue = "") String firstPeriod,
			@RequestParam(defaultValue = "") String lastPeriod, Viewer viewer, Locale locale, Model model) {
		DataSet set = this.pages.dataSet(id, viewer);
		if (!viewer.canManage(set.mechanismId())) {
			throw new ForbiddenException();
		}
		List<String> errors = new ArrayList<>();
		Period first = Period.parse(firstPeriod).orElse(null);
		Period last = Period.parse(lastPeriod).orElse(null);
		if (!lastPeriod.isBlank() && last == null) {
			errors.add(this.messages.text("data.obligation.period-invalid", locale));
		}
		if (organisationId == null) {
			errors.add(this.messages.text("data.obligation.organisation-required", locale));
		}
		if (first == null) {
			errors.add(this.messages.text("data.obligation.period-invalid", locale));
		}
		if (errors.isEmpty()) {
			try {
				this.dataSets.addObligation(id, organisationId, dueDays, first, last, viewer);
				return "redirect:/data-sets/" + id + "?added";
			}
			catch (RuleViolation ex) {
				errors.add(this.messages.text(ex, locale));
			}
		}
		return showPage(model, set, viewer, locale,
				new ObligationForm(organisationId, dueDays, firstPeriod, lastPeriod), errors);
	}

	/** What the obligation form held, to show it again with its errors. */
	record ObligationForm(UUID organisationId, int dueDays, String firstPeriod, String lastPeriod) {
	}

	private String showPage(Model model, DataSet set, Viewer viewer, Locale locale, ObligationForm form,
			List<String> errors) {
		Mechanism mechanism = this.pages.mechanism(set.mechanismId());
		this.pages.context(model, mechanism);
		model.addAttribute("set", set);
		model.addAttribute("obligations", this.dataSets.obligationsOf(set.id()));
		model.addAttribute("canManage", viewer.canManage(mechanism.id()));
		model.addAttribute("institutions", this.pages.memberInstitutions(mechanism, locale));
		model.addAttribute("dimensions", this.pages.dimensions());
		model.addAttribute("obligationForm", (form != null) ? form : new ObligationForm(null, 30, "", ""));
		model.addAttribute("errors", errors);
		return "reporting/data-set";
	}

}
