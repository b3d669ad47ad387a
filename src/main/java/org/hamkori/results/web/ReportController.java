package org.hamkori.results.web;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.hamkori.programmes.ProgrammeRef;
import org.hamkori.results.ProgressReport;
import org.hamkori.results.ProgressReports;
import org.hamkori.results.ReportPapers;
import org.hamkori.results.ResultsFramework;
import org.hamkori.shared.rules.RuleViolation;
import org.hamkori.shared.security.Viewer;
import org.hamkori.shared.web.ForbiddenException;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The pages of a programme's progress reports: the list (with a new draft for a
 * half-year), a report with its narratives, comments and downloads, the steps from draft
 * to circulated to final (finalising asked for first on a page of its own), and the DOCX
 * and PDF in English or Russian.
 */
@Controller
class ReportController {

	private static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

	private final ProgressReports reports;

	private final ReportPapers papers;

	private final ResultsFramework framework;

	private final ResultsPages pages;

	ReportController(ProgressReports reports, ReportPapers papers, ResultsFramework framework, ResultsPages pages) {
		this.reports = reports;
		this.papers = papers;
		this.framework = framework;
		this.pages = pages;
	}

	@GetMapping("/programmes/{id}/reports")
	String list(@PathVariable UUID id, Viewer viewer, Model model) {
		return list(id, viewer, model, null, Map.of());
	}

	@PostMapping("/programmes/{id}/reports")
	String create(@PathVariable UUID id, @RequestParam(required = false) String period, Viewer viewer, Model model) {
		this.framework.editable(id, viewer);
		try {
			ProgressReport report = this.reports.create(id, period, viewer);
			return "redirect:/results/reports/" + report.id();
		}
		catch (RuleViolation ex) {
			return list(id, viewer, model, period, ex.errors());
		}
	}

	@GetMapping("/results/reports/{id}")
	String report(@PathVariable UUID id, Viewer viewer, Model model) {
		ProgressReport report = this.reports.report(id, viewer);
		return page(report, report.narrative(), null, Map.of(), viewer, model);
	}

	@PostMapping("/results/reports/{id}")
	String edit(@PathVariable UUID id, @RequestParam(required = false) String summary,
			@RequestParam(required = false) String results, @RequestParam(required = false) String activities,
			@RequestParam(required = false) String risks, @RequestParam(required = false) Long version, Viewer viewer,
			Model model) {
		ProgressReport report = this.reports.report(id, viewer);
		ProgressReport.Narrative narrative = new ProgressReport.Narrative(blank(summary), blank(results),
				blank(activities), blank(risks));
		try {
			this.reports.edit(id, narrative, (version != null) ? version : -1L, viewer);
			return "redirect:/results/reports/" + id + "?saved";
		}
		catch (RuleViolation ex) {
			return page(report, narrative, null, ex.errors(), viewer, model);
		}
		catch (OptimisticLockingFailureException ex) {
			return page(this.reports.report(id, viewer), narrative, null,
					Map.of("version", "validation.report.changed"), viewer, model);
		}
	}

	@PostMapping("/results/reports/{id}/circulate")
	String circulate(@PathVariable UUID id, Viewer viewer, Model model) {
		return step(id, viewer, model, () -> this.reports.circulate(id, viewer));
	}

	@PostMapping("/results/reports/{id}/comments")
	String comment(@PathVariable UUID id, @RequestParam(required = false) String body, Viewer viewer, Model model) {
		try {
			this.reports.comment(id, body, viewer);
			return "redirect:/results/reports/" + id + "#comments";
		}
		catch (RuleViolation ex) {
			ProgressReport report = this.reports.report(id, viewer);
			return page(report, report.narrative(), body, ex.errors(), viewer, model);
		}
	}

	@GetMapping("/results/reports/{id}/finalise")
	String confirmFinal(@PathVariable UUID id, Viewer viewer, Model model) {
		ProgressReport report = this.reports.report(id, viewer);
		if (!this.reports.canFinalise(report, viewer)) {
			throw new ForbiddenException();
		}
		ProgrammeRef programme = this.framework.programme(report.programmeId(), viewer);
		this.pages.context(model, programme, viewer);
		model.addAttribute("report", report);
		return "results/report-finalise";
	}

	@PostMapping("/results/reports/{id}/finalise")
	String finalise(@PathVariable UUID id, Viewer viewer, Model model) {
		return step(id, viewer, model, () -> this.papers.finalise(id, viewer));
	}

	/** A step of the report's circulation, or the report with why it cannot be taken. */
	private String step(UUID id, Viewer viewer, Model model, Runnable step) {
		try {
			step.run();
			return "redirect:/results/reports/" + id;
		}
		catch (RuleViolation ex) {
			ProgressReport report = this.reports.report(id, viewer);
			return page(report, report.narrative(), null, ex.errors(), viewer, model);
		}
	}

	@GetMapping("/results/reports/{id}/report.docx")
	ResponseEntity<byte[]> docx(@PathVariable UUID id, @RequestParam(required = false) String lang, Viewer viewer) {
		Locale language = ReportPapers.language(lang);
		return download(this.papers.docx(id, language, viewer), DOCX, name(id, language, viewer, "docx"));
	}

	@GetMapping("/results/reports/{id}/report.pdf")
	ResponseEntity<byte[]> pdf(@PathVariable UUID id, @RequestParam(required = false) String lang, Viewer viewer) {
		Locale language = ReportPapers.language(lang);
		return download(this.papers.pdf(id, language, viewer), MediaType.APPLICATION_PDF_VALUE,
				name(id, language, viewer, "pdf"));
	}

	private String name(UUID id, Locale language, Viewer viewer, String extension) {
		return "progress-report-" + this.reports.report(id, viewer).period() + "-" + language.getLanguage() + "."
				+ extension;
	}

	private static ResponseEntity<byte[]> download(byte[] bytes, String type, String fileName) {
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(type))
			.cacheControl(CacheControl.noStore())
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(fileName, StandardCharsets.UTF_8).build().toString())
			.body(bytes);
	}

	private String list(UUID id, Viewer viewer, Model model, String period, Map<String, String> errors) {
		ProgrammeRef programme = this.framework.programme(id, viewer);
		this.pages.context(model, programme, viewer);
		model.addAttribute("reports", this.reports.reports(id, viewer));
		model.addAttribute("period", period);
		model.addAttribute("errors", errors);
		return "results/reports";
	}

	private String page(ProgressReport report, ProgressReport.Narrative narrative, String comment,
			Map<String, String> errors, Viewer viewer, Model model) {
		ProgrammeRef programme = this.framework.programme(report.programmeId(), viewer);
		this.pages.context(model, programme, viewer);
		model.addAttribute("report", report);
		Map<String, String> sections = new java.util.HashMap<>();
		sections.put("summary", narrative.summary());
		sections.put("results", narrative.results());
		sections.put("activities", narrative.activities());
		sections.put("risks", narrative.risks());
		model.addAttribute("narrative", sections);
		model.addAttribute("comment", comment);
		model.addAttribute("errors", errors);
		model.addAttribute("canEditReport", this.reports.canEdit(report, viewer));
		model.addAttribute("canFinaliseReport", this.reports.canFinalise(report, viewer));
		model.addAttribute("canComment", this.reports.canComment(report, viewer));
		model.addAttribute("reportLanguages", ReportPapers.LANGUAGES);
		return "results/report";
	}

	private static String blank(String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

}
