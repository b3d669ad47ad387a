package org.hamkori.reporting.web;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import org.hamkori.directory.Directory;
import org.hamkori.directory.Mechanism;
import org.hamkori.reporting.DataSets;
import org.hamkori.reporting.Obligation;
import org.hamkori.reporting.ReportBatches;
import org.hamkori.reporting.Submission;
import org.hamkori.reporting.SubmissionStatus;
import org.hamkori.reporting.Submissions;
import org.hamkori.shared.rules.RuleViolation;
import org.hamkori.shared.security.Viewer;
import org.hamkori.shared.web.NotFoundException;
import org.hamkori.shared.web.Paging;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The secretariat acts on many reports at once: it ticks them, chooses approve, return,
 * release (or, at the regional mechanism, accept), confirms, and all of them change or
 * none, through the same front door as one report alone.
 */
@Controller
class ReportDecisionsController {

	static final int PER_PAGE = 100;

	private final ReportBatches batches;

	private final Submissions submissions;

	private final DataSets dataSets;

	private final DataPages pages;

	private final DataMessages messages;

	private final Directory directory;

	ReportDecisionsController(ReportBatches batches, Submissions submissions, DataSets dataSets, DataPages pages,
			DataMessages messages, Directory directory) {
		this.batches = batches;
		this.submissions = submissions;
		this.dataSets = dataSets;
		this.pages = pages;
		this.messages = messages;
		this.directory = directory;
	}

	/**
	 * The reports ticked, the step to take, the comment a return needs, and whether the
	 * step was confirmed.
	 */
	record BatchForm(@NotBlank String action, List<UUID> ids, String comment, Boolean confirmed, String status) {

		BatchForm {
			ids = (ids != null) ? List.copyOf(new java.util.LinkedHashSet<>(ids)) : List.of();
		}

	}

	/** A report as the list shows it. */
	record Line(Submission submission, Obligation obligation, String dataSet, String institution, boolean checked) {
	}

	@GetMapping("/mechanisms/{code}/data/reports")
	String list(@PathVariable String code, @RequestParam(defaultValue = "SUBMITTED") String status,
			@RequestParam(defaultValue = "1") int page, Viewer viewer, Locale locale, Model model) {
		Mechanism mechanism = this.pages.managed(code, viewer);
		return listPage(model, mechanism, status(status), page, Set.of(), List.of(), locale);
	}

	@PostMapping("/mechanisms/{code}/data/reports")
	String act(@PathVariable String code, @Valid @ModelAttribute("form") BatchForm form, BindingResult errors,
			Viewer viewer, Locale locale, Model model) {
		Mechanism mechanism = this.pages.managed(code, viewer);
		SubmissionStatus shown = status(Objects.requireNonNullElse(form.status(), "SUBMITTED"));
		ReportBatches.Action action = action(form.action(),
				Set.of(ReportBatches.Action.APPROVE, ReportBatches.Action.RETURN, ReportBatches.Action.RELEASE));
		String back = "/mechanisms/" + mechanism.code() + "/data/reports?status=" + shown.name();
		return decide(form, errors, action, viewer, locale, model, back,
				() -> listPage(model, mechanism, shown, 1, new HashSet<>(form.ids()), List.of(), locale),
				(problems) -> listPage(model, mechanism, shown, 1, new HashSet<>(form.ids()), problems, locale));
	}

	@PostMapping("/regional/data")
	String accept(@Valid @ModelAttribute("form") BatchForm form, BindingResult errors, Viewer viewer, Locale locale,
			Model model) {
		if (!viewer.isRegionalSecretariat() && !viewer.admin()) {
			throw new NotFoundException();
		}
		ReportBatches.Action action = action(form.action(), Set.of(ReportBatches.Action.ACCEPT));
		return decide(form, errors, action, viewer, locale, model, "/regional/data",
				() -> regionalPage(model, Set.of(), List.of(), locale),
				(problems) -> regionalPage(model, new HashSet<>(form.ids()), problems, locale));
	}

	/** What national secretariats released and the regional one has still to accept. */
	@GetMapping("/regional/data")
	String regional(Viewer viewer, Locale locale, Model model) {
		if (!viewer.isRegionalSecretariat() && !viewer.admin()) {
			throw new NotFoundException();
		}
		return regionalPage(model, Set.of(), List.of(), locale);
	}

	private String regionalPage(Model model, Set<UUID> checked, List<String> problems, Locale locale) {
		List<UUID> ids = this.submissions.awaitingRegionalAcceptance().stream().map(Submission::id).toList();
		List<Map<String, Object>> rows = new ArrayList<>();
		for (Line line : lines(ids, null, locale, checked)) {
			rows.add(Map.of("submission", line.submission(), "obligation", line.obligation(), "line", line, "mechanism",
					this.pages.mechanism(line.obligation().mechanismId())));
		}
		model.addAttribute("rows", rows);
		model.addAttribute("problems", problems);
		return "reporting/regional";
	}

	private String decide(BatchForm form, BindingResult errors, ReportBatches.Action action, Viewer viewer,
			Locale locale, Model model, String back, java.util.function.Supplier<String> again,
			java.util.function.Function<List<String>, String> refused) {
		if (errors.hasErrors()) {
			return again.get();
		}
		List<ReportBatches.Item> items = form.ids().stream().map((id) -> new ReportBatches.Item(id, null)).toList();
		if (items.isEmpty()) {
			return refused.apply(List.of(this.messages.text("data.batch.empty", locale)));
		}
		if (!Boolean.TRUE.equals(form.confirmed())) {
			model.addAttribute("form", form);
			model.addAttribute("action", action.name());
			model.addAttribute("lines", lines(form.ids(), viewer, locale, Set.of()));
			model.addAttribute("back", back);
			return "reporting/batch-confirm";
		}
		try {
			int done = this.batches.apply(action, items, form.comment(), viewer).size();
			return "redirect:" + back + (back.contains("?") ? "&" : "?") + "done=" + done + "&action=" + action.name();
		}
		catch (RuleViolation ex) {
			return refused.apply(ex.problems().stream().map((p) -> describe(p, locale)).toList());
		}
	}

	private String describe(RuleViolation.Problem p, Locale locale) {
		String text = this.messages.text(p.messageKey(),
				java.util.Arrays.stream(p.arguments()).map(String::valueOf).toList(), locale);
		try {
			Submission s = this.submissions.find(UUID.fromString(p.field())).orElse(null);
			return (s != null) ? s.period().code() + ": " + text : text;
		}
		catch (IllegalArgumentException | NullPointerException ex) {
			return text;
		}
	}

	private String listPage(Model model, Mechanism mechanism, SubmissionStatus status, int page, Set<UUID> checked,
			List<String> problems, Locale locale) {
		List<UUID> ids = this.submissions.waitingFor(mechanism.id(), status).stream().map(Submission::id).toList();
		Paging<UUID> paging = Paging.of(ids, page, PER_PAGE);
		this.pages.context(model, mechanism);
		model.addAttribute("status", status.name());
		model.addAttribute("paging", paging);
		model.addAttribute("lines", lines(paging.items(), null, locale, checked));
		model.addAttribute("problems", problems);
		return "reporting/decide";
	}

	/** The lines of reports a viewer may act on (any, when the viewer is null). */
	private List<Line> lines(List<UUID> ids, Viewer viewer, Locale locale, Set<UUID> checked) {
		Map<UUID, org.hamkori.directory.Organisation> organisations = this.directory.organisationsById();
		Map<UUID, Obligation> obligations = new LinkedHashMap<>();
		List<Line> lines = new ArrayList<>();
		for (UUID id : ids) {
			Submission s = this.submissions.find(id).orElse(null);
			if (s == null) {
				continue;
			}
			Obligation o = obligations.computeIfAbsent(s.obligationId(),
					(k) -> this.dataSets.obligation(k).orElseThrow());
			if (viewer != null && !viewer.canManage(o.mechanismId()) && !viewer.isRegionalSecretariat()
					&& !viewer.admin()) {
				continue;
			}
			var set = this.dataSets.find(o.dataSetId()).orElseThrow();
			var organisation = organisations.get(o.organisationId());
			lines.add(new Line(s, o, set.name().in(locale),
					(organisation != null) ? organisation.name().in(locale) : "", checked.contains(id)));
		}
		return lines;
	}

	private static SubmissionStatus status(String status) {
		return "APPROVED".equalsIgnoreCase(status) ? SubmissionStatus.APPROVED : SubmissionStatus.SUBMITTED;
	}

	private static ReportBatches.Action action(String action, Set<ReportBatches.Action> allowed) {
		try {
			ReportBatches.Action a = ReportBatches.Action.valueOf(action.trim().toUpperCase(Locale.ROOT));
			if (allowed.contains(a)) {
				return a;
			}
		}
		catch (IllegalArgumentException | NullPointerException ex) {
			// not a step of this page
		}
		throw new NotFoundException();
	}

}
