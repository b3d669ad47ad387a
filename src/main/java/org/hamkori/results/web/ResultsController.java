package org.hamkori.results.web;

import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;

import org.hamkori.directory.Directory;
import org.hamkori.programmes.ProgrammeRef;
import org.hamkori.results.Area;
import org.hamkori.results.ResultIndicator;
import org.hamkori.results.ResultKind;
import org.hamkori.results.ResultLevel;
import org.hamkori.results.ResultsFramework;
import org.hamkori.results.ResultsTable;
import org.hamkori.shared.i18n.LocalizedText;
import org.hamkori.shared.rules.RuleErrors;
import org.hamkori.shared.rules.RuleViolation;
import org.hamkori.shared.security.Viewer;
import org.hamkori.shared.web.HtmxRequests;
import org.hamkori.shared.web.NotFoundException;
import org.hamkori.shared.web.RedirectProblems;
import org.hamkori.shared.web.TypedInput;

import org.springframework.context.i18n.LocaleContextHolder;
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
 * The pages of a programme's results framework: the results table for a year (whoever may
 * see the programme), and the forms of its editors (whoever may edit the programme) for
 * levels, indicators, targets and actuals. Every deletion is asked for on a page of its
 * own, which names what goes, before it is done.
 */
@Controller
class ResultsController {

	private final ResultsFramework framework;

	private final ResultsTable table;

	private final Directory directory;

	private final ResultsPages pages;

	ResultsController(ResultsFramework framework, ResultsTable table, Directory directory, ResultsPages pages) {
		this.pages = pages;
		this.framework = framework;
		this.table = table;
		this.directory = directory;
	}

	@GetMapping("/programmes/{id}/results")
	String results(@PathVariable UUID id, @RequestParam(required = false) Integer year, Viewer viewer, Model model,
			HttpServletRequest request) {
		ProgrammeRef programme = this.framework.programme(id, viewer);
		List<ResultIndicator> indicators = this.framework.indicators(id, viewer);
		int thisYear = this.directory.today().getYear();
		TreeSet<Integer> years = new TreeSet<>();
		years.add(thisYear);
		indicators.forEach((i) -> i.targets().forEach((t) -> years.add(t.year())));
		indicators.forEach((i) -> i.actuals().forEach((a) -> years.add(a.resultPeriod().year())));
		int chosen = (year != null && year >= 1990 && year <= 2100) ? year : thisYear;
		years.add(chosen);
		this.pages.context(model, programme, viewer);
		model.addAttribute("years", years.descendingSet());
		model.addAttribute("table", this.table.of(id, chosen, viewer));
		return HtmxRequests.isHtmx(request) ? "results/table :: results" : "results/table";
	}

	@GetMapping("/programmes/{id}/results/levels/new")
	String newLevel(@PathVariable UUID id, @RequestParam(required = false) UUID parent,
			@RequestParam(required = false) ResultKind kind, Viewer viewer, Model model) {
		ProgrammeRef programme = this.framework.editable(id, viewer);
		return levelForm(model, programme, null, LevelForm.empty(parent, kind), false, viewer);
	}

	@PostMapping("/programmes/{id}/results/levels")
	String createLevel(@PathVariable UUID id, @Valid @ModelAttribute("form") LevelForm form, BindingResult errors,
			Viewer viewer, Model model) {
		ProgrammeRef programme = this.framework.editable(id, viewer);
		TypedInput.require(errors);
		if (errors.hasErrors()) {
			return levelForm(model, programme, null, form, false, viewer);
		}
		try {
			this.framework.createLevel(id, form.toDetails(null), viewer);
			return "redirect:/programmes/" + id + "/results?saved";
		}
		catch (RuleViolation ex) {
			RuleErrors.reject(errors, ex, LevelForm::formField);
			return levelForm(model, programme, null, form, false, viewer);
		}
	}

	@GetMapping("/results/levels/{id}/edit")
	String editLevel(@PathVariable UUID id, Viewer viewer, Model model) {
		ResultLevel level = this.framework.level(id, viewer);
		ProgrammeRef programme = this.framework.editable(level.programmeId(), viewer);
		return levelForm(model, programme, level, LevelForm.of(level), false, viewer);
	}

	@PostMapping("/results/levels/{id}")
	String updateLevel(@PathVariable UUID id, @Valid @ModelAttribute("form") LevelForm form, BindingResult errors,
			Viewer viewer, Model model) {
		ResultLevel level = this.framework.level(id, viewer);
		ProgrammeRef programme = this.framework.editable(level.programmeId(), viewer);
		TypedInput.require(errors);
		if (errors.hasErrors()) {
			return levelForm(model, programme, level, form, false, viewer);
		}
		try {
			this.framework.updateLevel(id, form.toDetails(level.title()),
					(form.version() != null) ? form.version() : -1L, viewer);
			return "redirect:/programmes/" + programme.id() + "/results?saved";
		}
		catch (RuleViolation ex) {
			RuleErrors.reject(errors, ex, LevelForm::formField);
			return levelForm(model, programme, level, form, false, viewer);
		}
		catch (OptimisticLockingFailureException ex) {
			ResultLevel current = this.framework.level(id, viewer);
			return levelForm(model, programme, current, form.withVersion(current.version()), true, viewer);
		}
	}

	@GetMapping("/results/levels/{id}/delete")
	String confirmLevelDeletion(@PathVariable UUID id, Viewer viewer, Model model) {
		ResultLevel level = this.framework.level(id, viewer);
		ProgrammeRef programme = this.framework.editable(level.programmeId(), viewer);
		return this.pages.confirm(model, programme, viewer, level.code() + " " + nameOf(level.title()),
				"results.delete.level", "/results/levels/" + id + "/delete", Map.of());
	}

	@PostMapping("/results/levels/{id}/delete")
	String deleteLevel(@PathVariable UUID id, Viewer viewer) {
		ResultLevel level = this.framework.level(id, viewer);
		try {
			this.framework.deleteLevel(id, viewer);
			return "redirect:/programmes/" + level.programmeId() + "/results?deleted";
		}
		catch (RuleViolation ex) {
			return RedirectProblems.redirect("/programmes/" + level.programmeId() + "/results", ex.messageKey());
		}
	}

	@GetMapping("/programmes/{id}/results/indicators/new")
	String newIndicator(@PathVariable UUID id, @RequestParam(required = false) UUID level, Viewer viewer, Model model) {
		ProgrammeRef programme = this.framework.editable(id, viewer);
		return indicatorForm(model, programme, null, IndicatorForm.empty(level), false, viewer);
	}

	@PostMapping("/programmes/{id}/results/indicators")
	String createIndicator(@PathVariable UUID id, @Valid @ModelAttribute("form") IndicatorForm form,
			BindingResult errors, Viewer viewer, Model model) {
		ProgrammeRef programme = this.framework.editable(id, viewer);
		TypedInput.require(errors);
		if (errors.hasErrors()) {
			return indicatorForm(model, programme, null, form, false, viewer);
		}
		try {
			ResultIndicator created = this.framework.createIndicator(id, form.toDetails(null), viewer);
			return "redirect:/results/indicators/" + created.id() + "?saved";
		}
		catch (RuleViolation ex) {
			RuleErrors.reject(errors, ex, LevelForm::formField);
			return indicatorForm(model, programme, null, form, false, viewer);
		}
	}

	@GetMapping("/results/indicators/{id}")
	String indicator(@PathVariable UUID id, Viewer viewer, Model model) {
		ResultIndicator indicator = this.framework.indicator(id, viewer);
		ProgrammeRef programme = this.framework.programme(indicator.programmeId(), viewer);
		int year = this.directory.today().getYear();
		String area = this.framework.areas(programme).stream().findFirst().orElse(Area.REGION);
		return indicatorPage(model, programme, indicator, TargetForm.empty(year, area), ActualForm.empty(year, area),
				viewer);
	}

	@GetMapping("/results/indicators/{id}/edit")
	String editIndicator(@PathVariable UUID id, Viewer viewer, Model model) {
		ResultIndicator indicator = this.framework.indicator(id, viewer);
		ProgrammeRef programme = this.framework.editable(indicator.programmeId(), viewer);
		return indicatorForm(model, programme, indicator, IndicatorForm.of(indicator), false, viewer);
	}

	@PostMapping("/results/indicators/{id}")
	String updateIndicator(@PathVariable UUID id, @Valid @ModelAttribute("form") IndicatorForm form,
			BindingResult errors, Viewer viewer, Model model) {
		ResultIndicator indicator = this.framework.indicator(id, viewer);
		ProgrammeRef programme = this.framework.editable(indicator.programmeId(), viewer);
		TypedInput.require(errors);
		if (errors.hasErrors()) {
			return indicatorForm(model, programme, indicator, form, false, viewer);
		}
		try {
			this.framework.updateIndicator(id, form.toDetails(indicator.name()),
					(form.version() != null) ? form.version() : -1L, viewer);
			return "redirect:/results/indicators/" + id + "?saved";
		}
		catch (RuleViolation ex) {
			RuleErrors.reject(errors, ex, LevelForm::formField);
			return indicatorForm(model, programme, indicator, form, false, viewer);
		}
		catch (OptimisticLockingFailureException ex) {
			ResultIndicator current = this.framework.indicator(id, viewer);
			return indicatorForm(model, programme, current, form.withVersion(current.version()), true, viewer);
		}
	}

	@GetMapping("/results/indicators/{id}/delete")
	String confirmIndicatorDeletion(@PathVariable UUID id, Viewer viewer, Model model) {
		ResultIndicator indicator = this.framework.indicator(id, viewer);
		ProgrammeRef programme = this.framework.editable(indicator.programmeId(), viewer);
		return this.pages.confirm(model, programme, viewer, indicator.code() + " " + nameOf(indicator.name()),
				"results.delete.indicator", "/results/indicators/" + id + "/delete", Map.of());
	}

	@PostMapping("/results/indicators/{id}/delete")
	String deleteIndicator(@PathVariable UUID id, Viewer viewer) {
		ResultIndicator indicator = this.framework.indicator(id, viewer);
		this.framework.deleteIndicator(id, viewer);
		return "redirect:/programmes/" + indicator.programmeId() + "/results?deleted";
	}

	@PostMapping("/results/indicators/{id}/targets")
	String setTarget(@PathVariable UUID id, @ModelAttribute("targetForm") TargetForm form, BindingResult errors,
			Viewer viewer, Model model) {
		ResultIndicator indicator = this.framework.indicator(id, viewer);
		ProgrammeRef programme = this.framework.editable(indicator.programmeId(), viewer);
		TypedInput.require(errors);
		try {
			this.framework.setTarget(id, form.year(), form.area(), form.value(), viewer);
			return "redirect:/results/indicators/" + id + "?saved#targets";
		}
		catch (RuleViolation ex) {
			RuleErrors.reject(errors, ex);
			return indicatorPage(model, programme, indicator, form,
					ActualForm.empty(this.directory.today().getYear(), form.area()), viewer);
		}
	}

	@GetMapping("/results/indicators/{id}/targets/delete")
	String confirmTargetDeletion(@PathVariable UUID id, @RequestParam int year, @RequestParam String area,
			Viewer viewer, Model model) {
		ResultIndicator indicator = this.framework.indicator(id, viewer);
		ProgrammeRef programme = this.framework.editable(indicator.programmeId(), viewer);
		indicator.target(year, area).orElseThrow(NotFoundException::new);
		return this.pages.confirm(model, programme, viewer,
				indicator.code() + " · " + year + " · " + this.pages.areaName(area, LocaleContextHolder.getLocale()),
				"results.delete.target", "/results/indicators/" + id + "/targets/delete",
				Map.of("year", String.valueOf(year), "area", area));
	}

	@PostMapping("/results/indicators/{id}/targets/delete")
	String removeTarget(@PathVariable UUID id, @RequestParam int year, @RequestParam String area, Viewer viewer) {
		this.framework.removeTarget(id, year, area, viewer);
		return "redirect:/results/indicators/" + id + "?deleted#targets";
	}

	@PostMapping("/results/indicators/{id}/actuals")
	String setActual(@PathVariable UUID id, @ModelAttribute("actualForm") ActualForm form, BindingResult errors,
			Viewer viewer, Model model) {
		ResultIndicator indicator = this.framework.indicator(id, viewer);
		ProgrammeRef programme = this.framework.editable(indicator.programmeId(), viewer);
		try {
			this.framework.setActual(id, form.period(), form.area(), form.value(), form.source(), form.note(), viewer);
			return "redirect:/results/indicators/" + id + "?saved#actuals";
		}
		catch (RuleViolation ex) {
			RuleErrors.reject(errors, ex);
			return indicatorPage(model, programme, indicator,
					TargetForm.empty(this.directory.today().getYear(), form.area()), form, viewer);
		}
	}

	@GetMapping("/results/indicators/{id}/actuals/delete")
	String confirmActualDeletion(@PathVariable UUID id, @RequestParam String period, @RequestParam String area,
			Viewer viewer, Model model) {
		ResultIndicator indicator = this.framework.indicator(id, viewer);
		ProgrammeRef programme = this.framework.editable(indicator.programmeId(), viewer);
		if (indicator.actuals().stream().noneMatch((a) -> a.period().equals(period) && a.area().equals(area))) {
			throw new NotFoundException();
		}
		return this.pages.confirm(model, programme, viewer,
				indicator.code() + " · " + period + " · " + this.pages.areaName(area, LocaleContextHolder.getLocale()),
				"results.delete.actual", "/results/indicators/" + id + "/actuals/delete",
				Map.of("period", period, "area", area));
	}

	@PostMapping("/results/indicators/{id}/actuals/delete")
	String removeActual(@PathVariable UUID id, @RequestParam String period, @RequestParam String area, Viewer viewer) {
		this.framework.removeActual(id, period, area, viewer);
		return "redirect:/results/indicators/" + id + "?deleted#actuals";
	}

	private String indicatorPage(Model model, ProgrammeRef programme, ResultIndicator indicator, TargetForm target,
			ActualForm actual, Viewer viewer) {
		this.pages.context(model, programme, viewer);
		model.addAttribute("indicator", indicator);
		model.addAttribute("level", this.framework.level(indicator.levelId(), viewer));
		model.addAttribute("targetForm", target);
		model.addAttribute("actualForm", actual);
		return "results/indicator";
	}

	private String levelForm(Model model, ProgrammeRef programme, ResultLevel saved, LevelForm form, boolean conflict,
			Viewer viewer) {
		this.pages.context(model, programme, viewer);
		model.addAttribute("form", form);
		model.addAttribute("saved", saved);
		model.addAttribute("conflict", conflict);
		model.addAttribute("kinds", ResultKind.values());
		model.addAttribute("parents",
				this.framework.levels(programme.id(), viewer)
					.stream()
					.filter((l) -> l.kind() != ResultKind.OUTPUT && (saved == null || !l.id().equals(saved.id())))
					.toList());
		return "results/level-form";
	}

	private String indicatorForm(Model model, ProgrammeRef programme, ResultIndicator saved, IndicatorForm form,
			boolean conflict, Viewer viewer) {
		this.pages.context(model, programme, viewer);
		model.addAttribute("form", form);
		model.addAttribute("saved", saved);
		model.addAttribute("conflict", conflict);
		model.addAttribute("levels", this.framework.levels(programme.id(), viewer));
		model.addAttribute("catalogue", this.framework.catalogue(programme));
		return "results/indicator-form";
	}

	private static String nameOf(LocalizedText text) {
		return text.in(LocaleContextHolder.getLocale());
	}

}
