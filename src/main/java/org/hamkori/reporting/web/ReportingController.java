package org.hamkori.reporting.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import org.hamkori.directory.Directory;
import org.hamkori.directory.Mechanism;
import org.hamkori.indicators.Period;
import org.hamkori.reporting.DataImport;
import org.hamkori.reporting.DataSet;
import org.hamkori.reporting.DataSets;
import org.hamkori.reporting.ImportReport;
import org.hamkori.reporting.Obligation;
import org.hamkori.reporting.Submission;
import org.hamkori.reporting.SubmissionStatus;
import org.hamkori.reporting.Submissions;
import org.hamkori.shared.security.Viewer;
import org.hamkori.shared.web.ConflictException;
import org.hamkori.shared.web.NotFoundException;
import org.hamkori.shared.rules.RuleViolation;
import org.hamkori.shared.web.Paging;
import org.hamkori.shared.web.RedirectProblems;
import org.hamkori.shared.web.TypedInput;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Reporting: an institution's obligations, each period's status, the entry grid, and a
 * report's page where it is submitted, approved, returned, released to the regional
 * mechanism and accepted there.
 */
@Controller
class ReportingController {

	static final int PERIODS_PER_PAGE = 12;

	private static final String SUBMIT_REFUSED = "data.submit.refused";

	private final DataSets dataSets;

	private final Submissions submissions;

	private final DataImport imports;

	private final DataPages pages;

	private final DataMessages messages;

	private final Directory directory;

	ReportingController(DataSets dataSets, Submissions submissions, DataImport imports, DataPages pages,
			DataMessages messages, Directory directory) {
		this.dataSets = dataSets;
		this.submissions = submissions;
		this.imports = imports;
		this.pages = pages;
		this.messages = messages;
		this.directory = directory;
	}

	/** A period of an obligation as its page lists it. */
	public record PeriodLine(Period period, LocalDate due, Submission latest, boolean late) {
	}

	/** One obligation on the reporter's own page. */
	public record MyObligation(Obligation obligation, DataSet set, Mechanism mechanism, PeriodLine next) {
	}

	@GetMapping("/data")
	String mine(Viewer viewer, Model model) {
		LocalDate today = this.directory.today();
		List<MyObligation> mine = new ArrayList<>();
		for (Obligation o : this.dataSets.obligationsFor(viewer)) {
			DataSet set = this.dataSets.find(o.dataSetId()).orElseThrow();
			List<PeriodLine> lines = periods(o, set, today);
			PeriodLine next = lines.stream()
				.filter((l) -> l.latest() == null || l.latest().status().editable())
				.reduce((a, b) -> b)
				.orElse(null);
			mine.add(new MyObligation(o, set, this.pages.mechanism(o.mechanismId()), next));
		}
		model.addAttribute("obligations", mine);
		model.addAttribute("organisations", this.directory.organisationsById());
		model.addAttribute("awaitingRegional",
				viewer.isRegionalSecretariat() ? this.submissions.awaitingRegionalAcceptance().size() : 0);
		return "reporting/mine";
	}

	@GetMapping("/data/obligations/{id}")
	String obligation(@PathVariable UUID id, @RequestParam(defaultValue = "1") int page, Viewer viewer, Model model) {
		Obligation obligation = this.pages.obligation(id, viewer);
		DataSet set = this.dataSets.find(obligation.dataSetId()).orElseThrow();
		List<PeriodLine> lines = new ArrayList<>(periods(obligation, set, this.directory.today()));
		java.util.Collections.reverse(lines);
		Paging<PeriodLine> paging = pageOf(lines, page);
		this.pages.context(model, this.pages.mechanism(obligation.mechanismId()));
		model.addAttribute("obligation", obligation);
		model.addAttribute("set", set);
		model.addAttribute("paging", paging);
		model.addAttribute("canReport", this.submissions.canReport(obligation, viewer));
		return "reporting/obligation";
	}

	private static Paging<PeriodLine> pageOf(List<PeriodLine> lines, int requested) {
		return Paging.of(lines, requested, PERIODS_PER_PAGE);
	}

	/**
	 * The obligation's periods that have ended, oldest first, with their latest report.
	 */
	private List<PeriodLine> periods(Obligation o, DataSet set, LocalDate today) {
		Map<String, Submission> latest = this.submissions.latestByPeriod(o.id());
		List<PeriodLine> lines = new ArrayList<>();
		// history loaded for periods before the obligation started: listed, never late
		latest.values()
			.stream()
			.map((s) -> Period.of(s.period().code(), set.periodicity()))
			.filter(o::historical)
			.sorted()
			.forEach((p) -> lines.add(new PeriodLine(p, p.due(o.dueDays()), latest.get(p.code()), false)));
		for (Period p = o.firstPeriod(); o.covers(p, today); p = p.next()) {
			Submission s = latest.get(p.code());
			LocalDate due = p.due(o.dueDays());
			boolean late = (s == null || s.submittedAt() == null) ? today.isAfter(due)
					: s.submittedAt().toLocalDate().isAfter(due);
			lines.add(new PeriodLine(p, due, s, late));
		}
		return lines;
	}

	@GetMapping("/data/obligations/{id}/periods/{period}")
	String grid(@PathVariable UUID id, @PathVariable String period, Viewer viewer, Locale locale, Model model) {
		Obligation obligation = this.pages.obligation(id, viewer);
		Period p = period(obligation, period);
		DataSet set = this.dataSets.find(obligation.dataSetId()).orElseThrow();
		GridCountries countries = this.pages.countries(obligation, p, null);
		EntryGrid grid = new EntryGrid(set, countries.dimensions());
		model.addAttribute("countries", countries);
		Submission current = this.submissions.current(id, p).orElse(null);
		int others = 0;
		if (current != null) {
			others = grid.fill(this.submissions.values(current.id()));
			if (current.status().editable()) {
				grid.flag(this.submissions.problems(current), this.messages, locale);
			}
		}
		return gridPage(model, obligation, set, p, grid, current, others, null, "", viewer);
	}

	/**
	 * The entry grid: each line's value and note ({@code cells[v.3]},
	 * {@code cells[n.3]}), the countries added so far, a country to add (with the
	 * {@code add} button), and the reason for revising approved figures.
	 */
	record GridForm(Map<String, String> cells, String areas, String add, String addCountry, String revisionReason) {

		GridForm {
			cells = (cells != null) ? cells : Map.of();
		}

	}

	@PostMapping("/data/obligations/{id}/periods/{period}")
	String saveGrid(@PathVariable UUID id, @PathVariable String period, @ModelAttribute GridForm form, Viewer viewer,
			Locale locale, Model model) {
		Obligation obligation = this.pages.obligation(id, viewer);
		if (!this.submissions.canReport(obligation, viewer)) {
			throw new NotFoundException();
		}
		Period p = period(obligation, period);
		DataSet set = this.dataSets.find(obligation.dataSetId()).orElseThrow();
		GridCountries countries = this.pages.countries(obligation, p, form.areas());
		EntryGrid grid = new EntryGrid(set, countries.dimensions());
		grid.fill(form.cells());
		String reason = Objects.requireNonNullElse(form.revisionReason(), "").trim();
		if (form.add() != null) {
			// a country added to the grid: nothing is saved, every typed figure is kept
			countries.add(form.addCountry());
			EntryGrid wider = new EntryGrid(set, countries.dimensions());
			wider.carry(grid);
			model.addAttribute("countries", countries);
			return gridPage(model, obligation, set, p, wider, this.submissions.current(id, p).orElse(null), 0, null,
					reason, viewer);
		}
		model.addAttribute("countries", countries);
		ImportReport report = save(id, p, grid, reason, Set.of(), viewer);
		Set<Integer> unsaved = Set.of();
		ImportReport refused = null;
		if (report != null && !report.stored() && !grid.badLines(report).isEmpty()) {
			// a draft keeps the work: the cells that cannot be kept wait, the others are
			// saved
			refused = report;
			unsaved = grid.badLines(report);
			report = save(id, p, grid, reason, unsaved, viewer);
		}
		Submission current = this.submissions.current(id, p).orElse(null);
		if (report != null && report.stored()) {
			EntryGrid saved = new EntryGrid(set, countries.dimensions());
			int others = saved.fill(this.submissions.values(current.id()));
			saved.keepTyped(grid, unsaved);
			if (refused != null) {
				saved.flag(refused.problems().stream().filter(ImportReport.Problem::isError).toList(), this.messages,
						locale);
			}
			saved.flag(report.problems(), this.messages, locale);
			model.addAttribute("unsaved", unsaved.size());
			return gridPage(model, obligation, set, p, saved, current, others, report, reason, viewer);
		}
		if (report != null) {
			grid.flag(report.problems(), this.messages, locale);
		}
		else {
			model.addAttribute("conflict", true);
		}
		return gridPage(model, obligation, set, p, grid, current, 0, report, reason, viewer);
	}

	/** Saves the grid's cells but the given lines; null when someone saved meanwhile. */
	private ImportReport save(UUID obligationId, Period period, EntryGrid grid, String reason, Set<Integer> skip,
			Viewer viewer) {
		try {
			return this.imports.run(new DataImport.Request(obligationId, false, reason.isEmpty() ? null : reason,
					grid.cleared(period, skip)), StreamedRows.of(grid.values(period, skip)), viewer);
		}
		catch (ConflictException ex) {
			return null;
		}
	}

	private String gridPage(Model model, Obligation obligation, DataSet set, Period period, EntryGrid grid,
			Submission current, int others, ImportReport report, String reason, Viewer viewer) {
		this.pages.context(model, this.pages.mechanism(obligation.mechanismId()));
		model.addAttribute("obligation", obligation);
		model.addAttribute("set", set);
		model.addAttribute("period", period);
		model.addAttribute("grid", grid);
		model.addAttribute("current", current);
		model.addAttribute("others", others);
		model.addAttribute("report", report);
		model.addAttribute("revisionReason", reason);
		model.addAttribute("dimensions", this.pages.dimensions());
		model.addAttribute("codeNames", this.pages.codeNames());
		if (!model.containsAttribute("unsaved")) {
			model.addAttribute("unsaved", 0);
		}
		boolean canReport = this.submissions.canReport(obligation, viewer);
		boolean locked = current != null && !current.status().editable();
		model.addAttribute("canReport", canReport);
		model.addAttribute("locked", locked);
		model.addAttribute("editable", canReport && (!locked || current.status() == SubmissionStatus.APPROVED));
		return "reporting/grid";
	}

	private Period period(Obligation obligation, String code) {
		Period p = Period.parse(code)
			.flatMap((parsed) -> parsed.in(obligation.firstPeriod().periodicity()))
			.orElseThrow(NotFoundException::new);
		if (!obligation.accepts(p, this.directory.today())) {
			throw new NotFoundException();
		}
		return p;
	}

	@GetMapping("/data/submissions/{id}")
	String submission(@PathVariable UUID id, Viewer viewer, Locale locale, Model model) {
		Submission s = this.submissions.find(id).orElseThrow(NotFoundException::new);
		Obligation obligation = this.pages.obligation(s.obligationId(), viewer);
		DataSet set = this.dataSets.find(obligation.dataSetId()).orElseThrow();
		this.pages.context(model, this.pages.mechanism(obligation.mechanismId()));
		model.addAttribute("submission", s);
		model.addAttribute("obligation", obligation);
		model.addAttribute("set", set);
		model.addAttribute("values", this.submissions.values(id));
		model.addAttribute("versions", this.submissions.versions(obligation.id(), s.period()));
		model.addAttribute("steps", this.submissions.steps(id));
		model.addAttribute("problems", s.status().editable() ? this.submissions.problems(s) : List.of());
		if (SUBMIT_REFUSED.equals(model.getAttribute("problemKey")) && s.status().editable()) {
			// what keeps the report from being submitted, checked again as submitting
			// does
			model.addAttribute("problemDetails",
					this.submissions.submitProblems(s)
						.stream()
						.filter(ImportReport.Problem::isError)
						.map((p) -> this.messages.place(p, locale) + ": " + this.messages.text(p, locale))
						.toList());
		}
		model.addAttribute("dimensionCodes", org.hamkori.indicators.Dimensions.CODES);
		model.addAttribute("canReport", this.submissions.canReport(obligation, viewer));
		model.addAttribute("canManage", viewer.canManage(obligation.mechanismId()));
		model.addAttribute("regionalSecretariat", viewer.isRegionalSecretariat());
		return "reporting/submission";
	}

	/** A step on a report: the version read, and the comment a return needs. */
	record StepForm(Long version, String comment) {

		long required(BindingResult errors) {
			return TypedInput.required(errors, this.version);
		}

	}

	@PostMapping("/data/submissions/{id}/submit")
	String submit(@PathVariable UUID id, @ModelAttribute StepForm form, BindingResult errors, Viewer viewer) {
		List<ImportReport.Problem> problems = this.submissions.submit(id, form.required(errors), viewer);
		if (problems.stream().anyMatch(ImportReport.Problem::isError)) {
			return RedirectProblems.redirect("/data/submissions/" + id, SUBMIT_REFUSED);
		}
		return "redirect:/data/submissions/" + id + "?submitted";
	}

	@PostMapping("/data/submissions/{id}/approve")
	String approve(@PathVariable UUID id, @ModelAttribute StepForm form, BindingResult errors, Viewer viewer) {
		this.submissions.approve(id, form.required(errors), viewer);
		return "redirect:/data/submissions/" + id + "?approved";
	}

	@PostMapping("/data/submissions/{id}/return")
	String giveBack(@PathVariable UUID id, @ModelAttribute StepForm form, BindingResult errors, Viewer viewer) {
		try {
			this.submissions.giveBack(id, form.required(errors), Objects.requireNonNullElse(form.comment(), ""),
					viewer);
		}
		catch (RuleViolation ex) {
			return RedirectProblems.redirect("/data/submissions/" + id, ex.messageKey(), ex.arguments());
		}
		return "redirect:/data/submissions/" + id + "?returned";
	}

	@PostMapping("/data/submissions/{id}/release")
	String release(@PathVariable UUID id, Viewer viewer) {
		this.submissions.release(id, viewer);
		return "redirect:/data/submissions/" + id + "?released";
	}

	@PostMapping("/data/submissions/{id}/accept")
	String accept(@PathVariable UUID id, Viewer viewer) {
		this.submissions.acceptRegionally(id, viewer);
		return "redirect:/regional/data?accepted";
	}

}
