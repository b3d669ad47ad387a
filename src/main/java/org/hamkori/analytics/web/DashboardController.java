package org.hamkori.analytics.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;

import jakarta.validation.Valid;

import org.hamkori.analytics.Analytics;
import org.hamkori.analytics.DataTable.View;
import org.hamkori.analytics.SavedCharts.ChartType;
import org.hamkori.analytics.SavedCharts.SavedChart;
import org.hamkori.analytics.SavedCharts;
import org.hamkori.directory.Directory;
import org.hamkori.directory.Mechanism;
import org.hamkori.shared.rules.RuleErrors;
import org.hamkori.shared.rules.RuleViolation;
import org.hamkori.shared.security.Viewer;
import org.hamkori.shared.text.Texts;
import org.hamkori.shared.web.NotFoundException;
import org.hamkori.shared.web.TypedInput;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * A mechanism's dashboard: its saved charts in the secretariat's order, or a default set
 * (departures and remittances; for the regional mechanism the four countries side by
 * side) while none is saved. Members only; others get 404. Members save charts from the
 * explorer; the secretariat moves and removes them, removal after a confirmation page.
 */
@Controller
class DashboardController {

	/**
	 * A chart on the dashboard: the saved record (null for a default one) and its figure.
	 */
	record Tile(SavedChart saved, AnalyticsFigures.Figure figure) {
	}

	private final Directory directory;

	private final SavedCharts charts;

	private final AnalyticsFigures figures;

	private final AnalyticsController explorer;

	DashboardController(Directory directory, SavedCharts charts, AnalyticsFigures figures,
			AnalyticsController explorer) {
		this.directory = directory;
		this.charts = charts;
		this.figures = figures;
		this.explorer = explorer;
	}

	@GetMapping("/mechanisms/{code}/dashboard")
	String dashboard(@PathVariable String code, Viewer viewer, Locale locale, Model model) {
		Mechanism mechanism = this.directory.mechanismOrThrow(code);
		List<SavedChart> saved = this.charts.of(mechanism, viewer);
		List<Tile> tiles = new ArrayList<>();
		for (SavedChart chart : saved) {
			tiles.add(new Tile(chart,
					this.figures.figure(mechanism, chart.title(), chart.query(), chart.chartType(), viewer, locale)));
		}
		if (saved.isEmpty()) {
			int year = this.figures.currentYear();
			View view = mechanism.regional() ? View.COMPARISON : View.SERIES;
			for (String indicator : List.of("DEPARTURES", "REMITTANCES")) {
				tiles.add(new Tile(null, this.figures.figure(mechanism, null,
						new Analytics.Query(view, indicator, year - 4, year, null), ChartType.LINE, viewer, locale)));
			}
		}
		model.addAttribute("mechanism", mechanism);
		model.addAttribute("tiles", tiles);
		model.addAttribute("hasSaved", !saved.isEmpty());
		model.addAttribute("canManage", viewer.canManage(mechanism.id()));
		return "analytics/dashboard";
	}

	/** A chart to keep on the dashboard: its title and what the explorer showed. */
	record ChartForm(String title, View view, String indicator, Integer from, Integer to, ChartType chart) {

		static final ChartForm EMPTY = new ChartForm(null, null, null, null, null, null);

	}

	@PostMapping("/mechanisms/{code}/dashboard/charts")
	String save(@PathVariable String code, @Valid @ModelAttribute("chartForm") ChartForm form, BindingResult errors,
			Viewer viewer, Locale locale, Model model) {
		TypedInput.require(errors);
		Mechanism mechanism = this.directory.mechanismOrThrow(code);
		if (!SavedCharts.canSee(viewer, mechanism.id())) {
			throw new NotFoundException();
		}
		Analytics.Query query = this.figures.query(mechanism, form.view(), form.indicator(), form.from(), form.to(),
				null);
		try {
			this.charts.save(mechanism, form.title(), query.view(), query.indicator(), query.fromYear(), query.toYear(),
					(form.chart() != null) ? form.chart() : ChartType.LINE, viewer);
			return "redirect:/mechanisms/" + mechanism.code() + "/dashboard?saved";
		}
		catch (RuleViolation ex) {
			RuleErrors.reject(errors, ex);
			return this.explorer.page(mechanism, query, form.chart(), viewer, locale, model);
		}
	}

	@GetMapping("/mechanisms/{code}/dashboard/charts/{id}/delete")
	String confirmRemoval(@PathVariable String code, @PathVariable UUID id, Viewer viewer, Model model) {
		Mechanism mechanism = this.directory.mechanismOrThrow(code);
		SavedChart chart = this.charts.visible(mechanism, id, viewer);
		if (!viewer.canManage(mechanism.id())) {
			throw new org.hamkori.shared.web.ForbiddenException();
		}
		model.addAttribute("mechanism", mechanism);
		model.addAttribute("chart", chart);
		return "analytics/chart-delete";
	}

	@PostMapping("/mechanisms/{code}/dashboard/charts/{id}/delete")
	String remove(@PathVariable String code, @PathVariable UUID id, Viewer viewer) {
		Mechanism mechanism = this.directory.mechanismOrThrow(code);
		this.charts.remove(mechanism, id, viewer);
		return "redirect:/mechanisms/" + mechanism.code() + "/dashboard?removed";
	}

	/** Which way a chart moves on the dashboard: {@code up} (the default) or down. */
	record MoveForm(String direction) {
	}

	@PostMapping("/mechanisms/{code}/dashboard/charts/{id}/move")
	String move(@PathVariable String code, @PathVariable UUID id, @ModelAttribute MoveForm form, Viewer viewer) {
		Mechanism mechanism = this.directory.mechanismOrThrow(code);
		String direction = Objects.requireNonNullElse(Texts.blankToNull(form.direction()), "up");
		this.charts.move(mechanism, id, "up".equals(direction), viewer);
		return "redirect:/mechanisms/" + mechanism.code() + "/dashboard#chart-" + id;
	}

}
