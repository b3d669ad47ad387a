package org.hamkori.results.web;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;

import org.hamkori.directory.Directory;
import org.hamkori.directory.Mechanism;
import org.hamkori.directory.Organisation;
import org.hamkori.programmes.ProgrammeRef;
import org.hamkori.results.Activity;
import org.hamkori.results.ActivityStatus;
import org.hamkori.results.Guidance;
import org.hamkori.results.ResultKind;
import org.hamkori.results.ResultLevel;
import org.hamkori.results.ResultsFramework;
import org.hamkori.results.Timeline;
import org.hamkori.results.Workplan;
import org.hamkori.shared.rules.RuleErrors;
import org.hamkori.shared.rules.RuleViolation;
import org.hamkori.shared.search.RecordFinder;
import org.hamkori.shared.security.Viewer;
import org.hamkori.shared.web.HtmxRequests;
import org.hamkori.shared.web.NotFoundException;
import org.hamkori.shared.web.TypedInput;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * A programme's workplan: its activities listed by output, filtered by country (or the
 * region) and output, for whoever may see the programme; the forms for whoever may edit
 * it, with a confirmation page before an activity is deleted.
 */
@Controller
class WorkplanController {

	/**
	 * The currencies a budget is kept in: the donors' and IOM's, and the four countries'
	 * (ISO 4217 codes, as the IATI Currency codelist).
	 */
	static final List<String> CURRENCIES = List.of("USD", "CHF", "EUR", "KZT", "KGS", "TJS", "UZS");

	private final Workplan workplan;

	private final ResultsFramework framework;

	private final Directory directory;

	private final ResultsPages pages;

	private final Guidance guidance;

	/** The search, when it runs beside this module (not in a module test alone). */
	private final ObjectProvider<RecordFinder> finder;

	/** The fields that name a guiding record, each with its own picker. */
	private static final List<String> GUIDANCE_FIELDS = List.of("guidedBy", "changeCause");

	WorkplanController(Workplan workplan, ResultsFramework framework, Directory directory, ResultsPages pages,
			Guidance guidance, ObjectProvider<RecordFinder> finder) {
		this.finder = finder;
		this.pages = pages;
		this.guidance = guidance;
		this.workplan = workplan;
		this.framework = framework;
		this.directory = directory;
	}

	/** The activities of one output, for the list. */
	record OutputBlock(ResultLevel output, List<Activity> activities) {
	}

	/** An activity's row of the timeline: its bar, or none when outside the span. */
	record TimelineRow(Activity activity, Timeline.Bar bar) {
	}

	/** The rows of one output in one country (or the region), for the timeline. */
	record TimelineGroup(String area, ResultLevel output, List<TimelineRow> rows) {
	}

	/** A column heading of the timeline: a month or a year, and where it starts. */
	record Heading(String label, String x) {
	}

	@GetMapping("/programmes/{id}/workplan")
	String list(@PathVariable UUID id, @RequestParam(required = false) String area,
			@RequestParam(required = false) UUID output, Viewer viewer, Model model, HttpServletRequest request) {
		ProgrammeRef programme = this.framework.programme(id, viewer);
		List<ResultLevel> outputs = outputs(programme, viewer);
		List<Activity> activities = filtered(programme, area, output, outputs, viewer, model);
		List<OutputBlock> blocks = outputs.stream()
			.filter((o) -> output == null || o.id().equals(output))
			.map((o) -> new OutputBlock(o, activities.stream().filter((a) -> a.outputId().equals(o.id())).toList()))
			.filter((b) -> !b.activities().isEmpty())
			.toList();
		model.addAttribute("blocks", blocks);
		model.addAttribute("guidance", this.guidance.ofProgramme(id, viewer));
		model.addAttribute("guidedShare", this.guidance.share(id, activities));
		return HtmxRequests.isHtmx(request) ? "results/workplan :: results" : "results/workplan";
	}

	/**
	 * The same activities as a timeline (Gantt): by country (or the region) and output,
	 * one bar each over the programme's span, with today's line.
	 */
	@GetMapping("/programmes/{id}/workplan/timeline")
	String timeline(@PathVariable UUID id, @RequestParam(required = false) String area,
			@RequestParam(required = false) UUID output, Viewer viewer, Locale locale, Model model,
			HttpServletRequest request) {
		ProgrammeRef programme = this.framework.programme(id, viewer);
		List<ResultLevel> outputs = outputs(programme, viewer);
		List<Activity> activities = filtered(programme, area, output, outputs, viewer, model);
		Timeline timeline = this.workplan.timeline(id, activities, viewer);
		List<TimelineGroup> groups = new ArrayList<>();
		for (String a : this.framework.areas(programme)) {
			for (ResultLevel o : outputs) {
				List<TimelineRow> rows = activities.stream()
					.filter((x) -> x.area().equals(a) && x.outputId().equals(o.id()))
					.map((x) -> new TimelineRow(x, timeline.bar(x.startDate(), x.endDate()).orElse(null)))
					.toList();
				if (!rows.isEmpty()) {
					groups.add(new TimelineGroup(a, o, rows));
				}
			}
		}
		DateTimeFormatter month = DateTimeFormatter.ofPattern("LLL", locale);
		List<Heading> headings = timeline.ticks()
			.stream()
			.map((t) -> new Heading(timeline.byMonth() ? t.date().format(month) : String.valueOf(t.date().getYear()),
					t.x()))
			.toList();
		model.addAttribute("timeline", timeline);
		model.addAttribute("groups", groups);
		model.addAttribute("headings", headings);
		model.addAttribute("todayX", timeline.today().map((t) -> t.toPlainString() + "%").orElse(null));
		return HtmxRequests.isHtmx(request) ? "results/timeline :: results" : "results/timeline";
	}

	/**
	 * The activities the filters choose, with what the list and the timeline both show.
	 */
	private List<Activity> filtered(ProgrammeRef programme, String area, UUID output, List<ResultLevel> outputs,
			Viewer viewer, Model model) {
		String chosenArea = (area != null && this.framework.areas(programme).contains(area)) ? area : null;
		List<Activity> activities = this.workplan.activities(programme.id(), chosenArea, output, viewer);
		this.pages.context(model, programme, viewer);
		model.addAttribute("outputs", outputs);
		model.addAttribute("count", activities.size());
		model.addAttribute("chosenArea", chosenArea);
		model.addAttribute("chosenOutput", output);
		model.addAttribute("organisations", this.directory.organisationsById());
		String base = "/programmes/" + programme.id() + "/workplan";
		String query = UriComponentsBuilder.newInstance()
			.queryParamIfPresent("area", Optional.ofNullable(chosenArea))
			.queryParamIfPresent("output", Optional.ofNullable(output))
			.build()
			.encode()
			.toUriString();
		model.addAttribute("listHref", base + query);
		model.addAttribute("timelineHref", base + "/timeline" + query);
		return activities;
	}

	@GetMapping("/programmes/{id}/workplan/new")
	String newActivity(@PathVariable UUID id, @RequestParam(required = false) UUID output,
			@RequestParam(required = false) String guidedBy, @RequestParam(required = false) String guidedByq,
			@RequestParam(required = false) String changeCauseq, Viewer viewer, Locale locale, Model model) {
		ProgrammeRef programme = this.framework.editable(id, viewer);
		findGuidance(model, Map.of("guidedBy", words(guidedByq), "changeCause", words(changeCauseq)), viewer, locale);
		String area = this.framework.areas(programme).get(0);
		// prefilled from a record's page: only a record the editor may see is carried
		// over
		String guide = (guidedBy != null) ? this.guidance.visibleCode(guidedBy, viewer).orElse("") : "";
		return form(model, programme, null, ActivityForm.empty(output, area).guidedBy(guide), false, viewer, locale);
	}

	/**
	 * The decisions, recommendations and issues the editor may see that match the words
	 * asked under one of the guidance fields ({@code guidedByq} or {@code changeCauseq}),
	 * for the typeahead.
	 */
	@GetMapping("/programmes/{id}/workplan/guidance/find")
	String findGuidance(@PathVariable UUID id, @RequestParam String field,
			@RequestParam(required = false) String guidedByq, @RequestParam(required = false) String changeCauseq,
			Viewer viewer, Locale locale, Model model) {
		this.framework.editable(id, viewer);
		if (!GUIDANCE_FIELDS.contains(field)) {
			throw new NotFoundException();
		}
		String q = words("guidedBy".equals(field) ? guidedByq : changeCauseq);
		findGuidance(model, Map.of(field, q), viewer, locale);
		model.addAttribute("field", field);
		model.addAttribute("q", q);
		model.addAttribute("found", model.getAttribute(field + "Found"));
		return "results/pickers :: found";
	}

	@PostMapping("/programmes/{id}/workplan")
	String create(@PathVariable UUID id, @Valid @ModelAttribute("form") ActivityForm form, BindingResult errors,
			Viewer viewer, Locale locale, Model model) {
		ProgrammeRef programme = this.framework.editable(id, viewer);
		TypedInput.require(errors);
		if (errors.hasErrors()) {
			return form(model, programme, null, form, false, viewer, locale);
		}
		try {
			this.guidance.create(id, form.toDetails(null), form.guidedBy(), form.changeCause(), viewer);
			return "redirect:/programmes/" + id + "/workplan?saved";
		}
		catch (RuleViolation ex) {
			RuleErrors.reject(errors, ex, LevelForm::formField);
			return form(model, programme, null, form, false, viewer, locale);
		}
	}

	@GetMapping("/workplan/{id}/edit")
	String edit(@PathVariable UUID id, @RequestParam(required = false) String guidedByq,
			@RequestParam(required = false) String changeCauseq, Viewer viewer, Locale locale, Model model) {
		Activity activity = this.workplan.activity(id, viewer);
		ProgrammeRef programme = this.framework.editable(activity.programmeId(), viewer);
		findGuidance(model, Map.of("guidedBy", words(guidedByq), "changeCause", words(changeCauseq)), viewer, locale);
		return form(model, programme, activity, ActivityForm.of(activity, this.guidance.of(id)), false, viewer, locale);
	}

	@PostMapping("/workplan/{id}")
	String update(@PathVariable UUID id, @Valid @ModelAttribute("form") ActivityForm form, BindingResult errors,
			Viewer viewer, Locale locale, Model model) {
		Activity activity = this.workplan.activity(id, viewer);
		ProgrammeRef programme = this.framework.editable(activity.programmeId(), viewer);
		TypedInput.require(errors);
		if (errors.hasErrors()) {
			return form(model, programme, activity, form, false, viewer, locale);
		}
		try {
			this.guidance.update(id, form.toDetails(activity.title()), (form.version() != null) ? form.version() : -1L,
					form.guidedBy(), form.changeCause(), viewer);
			return "redirect:/programmes/" + programme.id() + "/workplan?saved";
		}
		catch (RuleViolation ex) {
			RuleErrors.reject(errors, ex, LevelForm::formField);
			return form(model, programme, activity, form, false, viewer, locale);
		}
		catch (OptimisticLockingFailureException ex) {
			Activity current = this.workplan.activity(id, viewer);
			return form(model, programme, current, form.withVersion(current.version()), true, viewer, locale);
		}
	}

	@GetMapping("/workplan/{id}/delete")
	String confirmDeletion(@PathVariable UUID id, Viewer viewer, Locale locale, Model model) {
		Activity activity = this.workplan.activity(id, viewer);
		ProgrammeRef programme = this.framework.editable(activity.programmeId(), viewer);
		model.addAttribute("cancel", "/programmes/" + programme.id() + "/workplan");
		return this.pages.confirm(model, programme, viewer, activity.code() + " " + activity.title().in(locale),
				"workplan.delete", "/workplan/" + id + "/delete", Map.of());
	}

	@PostMapping("/workplan/{id}/delete")
	String delete(@PathVariable UUID id, Viewer viewer) {
		Activity activity = this.workplan.activity(id, viewer);
		this.workplan.delete(id, viewer);
		return "redirect:/programmes/" + activity.programmeId() + "/workplan?deleted";
	}

	private List<ResultLevel> outputs(ProgrammeRef programme, Viewer viewer) {
		return this.framework.levels(programme.id(), viewer)
			.stream()
			.filter((l) -> l.kind() == ResultKind.OUTPUT)
			.toList();
	}

	private static String words(String q) {
		return (q != null) ? q.strip() : "";
	}

	/**
	 * For each guidance field, the words asked ({@code <field>q}) and the records found
	 * ({@code <field>Found}) through the one search, so only what the editor may see.
	 */
	private void findGuidance(Model model, Map<String, String> asked, Viewer viewer, Locale locale) {
		RecordFinder search = this.finder.getIfAvailable();
		asked.forEach((field, q) -> {
			model.addAttribute(field + "q", q);
			model.addAttribute(field + "Found",
					(search != null) ? search.find(q, Guidance.PICKABLE, viewer, locale) : List.of());
		});
	}

	private String form(Model model, ProgrammeRef programme, Activity saved, ActivityForm form, boolean conflict,
			Viewer viewer, Locale locale) {
		this.pages.context(model, programme, viewer);
		for (String field : GUIDANCE_FIELDS) {
			if (!model.containsAttribute(field + "q")) {
				findGuidance(model, Map.of(field, ""), viewer, locale);
			}
		}
		// the record each guidance field names now, by its code, as the editor may see it
		model.addAttribute("guidedByNamed", named(form.guidedBy(), viewer));
		model.addAttribute("changeCauseNamed", named(form.changeCause(), viewer));
		model.addAttribute("form", form);
		model.addAttribute("saved", saved);
		model.addAttribute("conflict", conflict);
		model.addAttribute("outputs", outputs(programme, viewer));
		model.addAttribute("statuses", ActivityStatus.values());
		model.addAttribute("currencies", CURRENCIES);
		Mechanism mechanism = this.directory.mechanism(programme.mechanismId()).orElseThrow(NotFoundException::new);
		model.addAttribute("choices", this.directory.organisations()
			.stream()
			.filter((o) -> mechanism.regional() || o.countryCode() == null
					|| o.countryCode().equals(mechanism.countryCode()))
			.sorted(Comparator.comparing((Organisation o) -> o.name().in(locale), String.CASE_INSENSITIVE_ORDER))
			.toList());
		return "results/activity-form";
	}

	/**
	 * The code of the record a field names, when the editor may see it; else what was
	 * typed, so nothing is lost; {@code null} when blank.
	 */
	private String named(String value, Viewer viewer) {
		if (value == null || value.isBlank()) {
			return null;
		}
		return this.guidance.visibleCode(value, viewer).orElse(value.strip());
	}

}
