package org.hamkori.analytics.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.hamkori.analytics.Analytics;
import org.hamkori.analytics.DataTable.View;
import org.hamkori.analytics.SavedCharts.ChartType;
import org.hamkori.analytics.SavedCharts.InvalidChartException;
import org.hamkori.analytics.SavedCharts.SavedChart;
import org.hamkori.analytics.SavedCharts;
import org.hamkori.directory.Directory;
import org.hamkori.directory.Mechanism;
import org.hamkori.shared.security.Viewer;
import org.hamkori.shared.web.NotFoundException;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

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

	@PostMapping("/mechanisms/{code}/dashboard/charts")
	String save(@PathVariable String code, @RequestParam(defaultValue = "") String title,
			@RequestParam(required = false) View view, @RequestParam(required = false) String indicator,
			@RequestParam(required = false) Integer from, @RequestParam(required = false) Integer to,
			@RequestParam(required = false) ChartType chart, Viewer viewer, Locale locale, Model model) {
		Mechanism mechanism = this.directory.mechanismOrThrow(code);
		if (!SavedCharts.canSee(viewer, mechanism.id())) {
			throw new NotFoundException();
		}
		Analytics.Query query = this.figures.query(mechanism, view, indicator, from, to, null);
		try {
			this.charts.save(mechanism, title, query.view(), query.indicator(), query.fromYear(), query.toYear(),
					(chart != null) ? chart : ChartType.LINE, viewer);
			return "redirect:/mechanisms/" + mechanism.code() + "/dashboard?saved";
		}
		catch (InvalidChartException ex) {
			model.addAttribute("saveErrorKey", ex.messageKey());
			return this.explorer.page(mechanism, query, chart, viewer, locale, model, ex.messageKey(), title);
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

	@PostMapping("/mechanisms/{code}/dashboard/charts/{id}/move")
	String move(@PathVariable String code, @PathVariable UUID id, @RequestParam(defaultValue = "up") String direction,
			Viewer viewer) {
		Mechanism mechanism = this.directory.mechanismOrThrow(code);
		this.charts.move(mechanism, id, "up".equals(direction), viewer);
		return "redirect:/mechanisms/" + mechanism.code() + "/dashboard#chart-" + id;
	}

}
