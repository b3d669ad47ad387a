package org.hamkori.analytics.web;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import jakarta.validation.Valid;

import org.hamkori.analytics.Analytics;
import org.hamkori.analytics.AnalyticsExports.Format;
import org.hamkori.analytics.AnalyticsExports;
import org.hamkori.analytics.DataTable.View;
import org.hamkori.analytics.DataTable;
import org.hamkori.analytics.DerivedIndicators;
import org.hamkori.analytics.SavedCharts.ChartType;
import org.hamkori.analytics.SavedCharts;
import org.hamkori.directory.Directory;
import org.hamkori.directory.Mechanism;
import org.hamkori.indicators.Periodicity;
import org.hamkori.shared.i18n.LocalizedText;
import org.hamkori.shared.rules.RuleErrors;
import org.hamkori.shared.rules.RuleViolation;
import org.hamkori.shared.security.Viewer;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Exploring a mechanism's approved figures: a series over years, a breakdown by sex or
 * destination for one period, and for the regional mechanism the four countries side by
 * side; each as a chart with its table, "data as of", exports (CSV, XLSX, SDMX-CSV) and a
 * form to save it on the dashboard. Derived indicators are listed and defined here.
 * Everything shown is filtered by the viewer through the analytics service.
 */
@Controller
class AnalyticsController {

	private final Directory directory;

	private final Analytics analytics;

	private final AnalyticsFigures figures;

	private final AnalyticsExports exports;

	private final DerivedIndicators derived;

	AnalyticsController(Directory directory, Analytics analytics, AnalyticsFigures figures, AnalyticsExports exports,
			DerivedIndicators derived) {
		this.directory = directory;
		this.analytics = analytics;
		this.figures = figures;
		this.exports = exports;
		this.derived = derived;
	}

	@GetMapping("/mechanisms/{code}/analytics")
	String explore(@PathVariable String code, @RequestParam(required = false) View view,
			@RequestParam(required = false) String indicator, @RequestParam(required = false) Integer from,
			@RequestParam(required = false) Integer to, @RequestParam(required = false) String period,
			@RequestParam(required = false) ChartType chart, @RequestParam(required = false) Periodicity frequency,
			Viewer viewer, Locale locale, Model model) {
		Mechanism mechanism = this.directory.mechanismOrThrow(code);
		Analytics.Query query = this.figures.query(mechanism, view, indicator, from, to, period, frequency);
		return page(mechanism, query, chart, viewer, locale, model);
	}

	/**
	 * The explorer page; also shown again by the dashboard when a chart cannot be saved.
	 */
	String page(Mechanism mechanism, Analytics.Query query, ChartType chart, Viewer viewer, Locale locale,
			Model model) {
		AnalyticsFigures.Figure figure = this.figures.figure(mechanism, null, query, chart, viewer, locale);
		model.addAttribute("mechanism", mechanism);
		model.addAttribute("figure", figure);
		model.addAttribute("query", query);
		model.addAttribute("subjects", this.analytics.subjects(mechanism.id()));
		model.addAttribute("views",
				mechanism.regional() ? List.of(View.values()) : List.of(View.SERIES, View.SEX, View.DESTINATION));
		model.addAttribute("chartTypes", ChartType.values());
		model.addAttribute("canSave", SavedCharts.canSee(viewer, mechanism.id()));
		if (!model.containsAttribute("chartForm")) {
			model.addAttribute("chartForm", DashboardController.ChartForm.EMPTY);
		}
		return "analytics/explore";
	}

	@GetMapping("/mechanisms/{code}/analytics/export")
	ResponseEntity<byte[]> export(@PathVariable String code, @RequestParam Format format,
			@RequestParam(required = false) View view, @RequestParam(required = false) String indicator,
			@RequestParam(required = false) Integer from, @RequestParam(required = false) Integer to,
			@RequestParam(required = false) String period, @RequestParam(required = false) Periodicity frequency,
			@RequestParam(required = false) String header, Viewer viewer, Locale locale) {
		Mechanism mechanism = this.directory.mechanismOrThrow(code);
		DataTable table = this.analytics.table(mechanism,
				this.figures.query(mechanism, view, indicator, from, to, period, frequency), viewer);
		byte[] body = this.exports.write(table, format, locale, AnalyticsExports.Header.of(header));
		HttpHeaders headers = new HttpHeaders();
		headers.setContentType(MediaType.parseMediaType(format.mediaType()));
		headers.setContentDisposition(ContentDisposition.attachment()
			.filename(AnalyticsExports.fileName(table, format), StandardCharsets.UTF_8)
			.build());
		headers.setCacheControl("no-store");
		if (table.dataAsOf() != null) {
			headers.set("X-Data-As-Of", table.dataAsOf().toString());
		}
		return ResponseEntity.ok().headers(headers).body(body);
	}

	@GetMapping("/mechanisms/{code}/analytics/derived")
	String derived(@PathVariable String code, Viewer viewer, Model model) {
		Mechanism mechanism = this.directory.mechanismOrThrow(code);
		model.addAttribute("form", new DerivedForm("", "", "", ""));
		return derivedPage(mechanism, viewer, model);
	}

	/** A derived indicator: its code, name, formula and unit. */
	record DerivedForm(String derivedCode, String name, String formula, String unit) {
	}

	@PostMapping("/mechanisms/{code}/analytics/derived")
	String define(@PathVariable String code, @Valid @ModelAttribute("form") DerivedForm form, BindingResult errors,
			Viewer viewer, Locale locale, Model model) {
		Mechanism mechanism = this.directory.mechanismOrThrow(code);
		if (!viewer.canManage(mechanism.id())) {
			throw new org.hamkori.shared.web.ForbiddenException();
		}
		try {
			this.derived.define(mechanism.id(), form.derivedCode(),
					LocalizedText.of(locale.getLanguage(), Objects.requireNonNullElse(form.name(), "")), form.formula(),
					form.unit(), viewer);
			return "redirect:/mechanisms/" + mechanism.code() + "/analytics/derived?saved";
		}
		catch (RuleViolation ex) {
			RuleErrors.reject(errors, ex);
			return derivedPage(mechanism, viewer, model);
		}
	}

	private String derivedPage(Mechanism mechanism, Viewer viewer, Model model) {
		model.addAttribute("mechanism", mechanism);
		model.addAttribute("derived", this.derived.of(mechanism.id()));
		model.addAttribute("canManage", viewer.canManage(mechanism.id()));
		return "analytics/derived";
	}

}
