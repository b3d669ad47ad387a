package org.hamkori.actions.web;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;

import org.hamkori.actions.ActionItem;
import org.hamkori.actions.ActionItems;
import org.hamkori.actions.ActionProgrammes;
import org.hamkori.actions.ActionStatus;
import org.hamkori.directory.Directory;
import org.hamkori.directory.Mechanism;
import org.hamkori.directory.MemberList;
import org.hamkori.directory.MemberList.Filter;
import org.hamkori.directory.Organisation;
import org.hamkori.programmes.ProgrammeRef;
import org.hamkori.shared.search.PickedRecord;
import org.hamkori.shared.search.RecordFinder;
import org.hamkori.shared.security.Viewer;
import org.hamkori.shared.web.HtmxRequests;
import org.hamkori.shared.web.NotFoundException;
import org.hamkori.shared.web.Paging;
import org.hamkori.shared.web.RedirectProblems;
import org.hamkori.shared.web.TypedInput;
import org.hamkori.shared.rules.RuleErrors;
import org.hamkori.shared.rules.RuleViolation;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The pages of actions: a mechanism's board and the chair's summary, each action with its
 * history and update form, the focal point's "actions of my institution", and the
 * secretariat's form for a new action. Non-members of a mechanism get 404 everywhere.
 */
@Controller
class ActionController {

	private static final Set<String> PROGRAMME = Set.of("programme");

	private final ObjectProvider<RecordFinder> finder;

	private final ActionItems actions;

	private final ActionProgrammes actionProgrammes;

	private final Directory directory;

	private final MemberList members;

	ActionController(ActionItems actions, ActionProgrammes actionProgrammes, Directory directory, MemberList members,
			ObjectProvider<RecordFinder> finder) {
		this.finder = finder;
		this.actions = actions;
		this.actionProgrammes = actionProgrammes;
		this.directory = directory;
		this.members = members;
	}

	@GetMapping("/actions/mine")
	String mine(@RequestParam(defaultValue = "1") int page, Viewer viewer, Model model) {
		List<ActionItem> mine = this.actions.ofMyInstitutions(viewer);
		model.addAttribute("paging", Paging.of(mine, page));
		model.addAttribute("previous", "/actions/mine?page=" + (page - 1));
		model.addAttribute("next", "/actions/mine?page=" + (page + 1));
		model.addAttribute("quickStatuses", List.of(ActionStatus.OPEN, ActionStatus.IN_PROGRESS, ActionStatus.DONE));
		return listContext(model, "actions/mine");
	}

	@GetMapping("/mechanisms/{code}/actions")
	String board(@PathVariable String code, @RequestParam(required = false) UUID owner,
			@RequestParam(required = false) ActionStatus status, @RequestParam(defaultValue = "false") boolean overdue,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate dueAfter,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate dueBefore,
			@RequestParam(defaultValue = "due") String sort, @RequestParam(defaultValue = "1") int page, Viewer viewer,
			Locale locale, Model model, HttpServletRequest request) {
		Mechanism mechanism = this.directory.mechanismOrThrow(code);
		List<ActionItem> all = this.actions.ofMechanism(mechanism.id(), viewer);
		BoardFilter filter = new BoardFilter(owner, status, overdue, dueAfter, dueBefore, "latest".equals(sort));
		Paging<ActionItem> paging = Paging.of(filter.apply(all, this.actions.today()), page);
		String base = "/mechanisms/" + mechanism.code() + "/actions";
		model.addAttribute("mechanism", mechanism);
		model.addAttribute("filter", filter);
		model.addAttribute("paging", paging);
		model.addAttribute("previous", filter.link(base, paging.page() - 1));
		model.addAttribute("next", filter.link(base, paging.page() + 1));
		model.addAttribute("owners", ownersOf(all, locale));
		model.addAttribute("statuses", ActionStatus.values());
		model.addAttribute("canManage", viewer.canManage(mechanism.id()));
		listContext(model, null);
		return HtmxRequests.isHtmx(request) ? "actions/board :: results" : "actions/board";
	}

	@GetMapping("/mechanisms/{code}/actions/summary")
	String summary(@PathVariable String code, Viewer viewer, Locale locale, Model model) {
		Mechanism mechanism = this.directory.mechanismOrThrow(code);
		List<ActionItem> all = this.actions.ofMechanism(mechanism.id(), viewer);
		LocalDate today = this.actions.today();
		Map<String, Long> byStatus = new LinkedHashMap<>();
		Arrays.stream(ActionStatus.values()).forEach((s) -> byStatus.put(s.name(), 0L));
		all.forEach((a) -> byStatus.merge(a.status().name(), 1L, Long::sum));
		Map<UUID, InstitutionCounts> byOwner = new LinkedHashMap<>();
		for (Organisation owner : ownersOf(all, locale)) {
			byOwner.put(owner.id(), new InstitutionCounts(owner, new EnumMap<>(ActionStatus.class), 0));
		}
		for (ActionItem a : all) {
			InstitutionCounts counts = byOwner.get(a.ownerOrganisationId());
			counts.byStatus().merge(a.status(), 1L, Long::sum);
			if (a.isOverdue(today)) {
				byOwner.put(a.ownerOrganisationId(), counts.withOneMoreOverdue());
			}
		}
		List<ActionItem> overdue = all.stream().filter((a) -> a.isOverdue(today)).toList();
		model.addAttribute("mechanism", mechanism);
		model.addAttribute("total", all.size());
		model.addAttribute("byStatus", byStatus);
		model.addAttribute("institutions", List.copyOf(byOwner.values()));
		model.addAttribute("overdue", overdue);
		model.addAttribute("statuses", ActionStatus.values());
		return listContext(model, "actions/summary");
	}

	/**
	 * The actions of one institution, counted by status; overdue ones also on their own.
	 */
	record InstitutionCounts(Organisation organisation, Map<ActionStatus, Long> byStatus, long overdue) {

		public long count(ActionStatus status) {
			return this.byStatus.getOrDefault(status, 0L);
		}

		InstitutionCounts withOneMoreOverdue() {
			return new InstitutionCounts(this.organisation, this.byStatus, this.overdue + 1);
		}

	}

	@GetMapping("/mechanisms/{code}/actions/new")
	String newAction(@PathVariable String code, Viewer viewer, Model model) {
		Mechanism mechanism = managed(code, viewer);
		return form(model, mechanism, viewer, ActionForm.empty());
	}

	@PostMapping("/mechanisms/{code}/actions")
	String create(@PathVariable String code, @Valid @ModelAttribute("form") ActionForm form, BindingResult errors,
			Viewer viewer, Model model) {
		Mechanism mechanism = managed(code, viewer);
		if (errors.hasErrors()) {
			return form(model, mechanism, viewer, form);
		}
		try {
			ActionItem created = this.actions.create(form.toNewAction(mechanism.id()), viewer);
			return "redirect:/actions/" + created.id() + "?created";
		}
		catch (RuleViolation ex) {
			RuleErrors.reject(errors, ex, ActionForm::formField);
			return form(model, mechanism, viewer, form);
		}
	}

	@GetMapping("/actions/{id}")
	String show(@PathVariable UUID id, @RequestParam(required = false) String programmeq, Viewer viewer, Model model) {
		ActionItem action = this.actions.visible(id, viewer);
		model.addAttribute("programmeq", (programmeq != null) ? programmeq.strip() : "");
		return detail(model, viewer, action, UpdateForm.of(action), false);
	}

	/**
	 * The programmes found by the words, for the typeahead under the search box: only
	 * programmes of the action's mechanism that the viewer may see.
	 */
	@GetMapping("/actions/{id}/programmes/find")
	String findProgrammes(@PathVariable UUID id, @RequestParam(required = false) String programmeq, Viewer viewer,
			Model model) {
		ActionItem action = this.actions.visible(id, viewer);
		if (!this.actions.canUpdate(viewer, action)) {
			throw new NotFoundException();
		}
		model.addAttribute("programmeq", (programmeq != null) ? programmeq.strip() : "");
		findProgrammes(model, action, viewer);
		return "actions/pickers :: programmes";
	}

	@PostMapping("/actions/{id}/updates")
	String update(@PathVariable UUID id, @Valid @ModelAttribute("form") UpdateForm form, BindingResult errors,
			Viewer viewer, Model model) throws java.io.IOException {
		ActionItem action = this.actions.visible(id, viewer);
		if (!this.actions.canUpdate(viewer, action)) {
			throw new org.hamkori.shared.web.ForbiddenException();
		}
		if (errors.hasErrors()) {
			return detail(model, viewer, action, form, false);
		}
		try {
			if (form.hasEvidence()) {
				org.springframework.web.multipart.MultipartFile evidence = form.evidence();
				try (java.io.InputStream content = evidence.getInputStream()) {
					this.actions.update(id, form.toUpdate(), viewer,
							new ActionItems.Evidence(evidence.getOriginalFilename(), evidence.getSize(), content));
				}
			}
			else {
				this.actions.update(id, form.toUpdate(), viewer);
			}
		}
		catch (RuleViolation ex) {
			if (ex.errors().isEmpty()) {
				// the evidence file was refused (its problem concerns no field of the
				// form)
				model.addAttribute("evidenceProblem", ex);
			}
			else {
				RuleErrors.reject(errors, ex);
			}
			return detail(model, viewer, action, form, false);
		}
		catch (OptimisticLockingFailureException ex) {
			ActionItem current = this.actions.visible(id, viewer);
			return detail(model, viewer, current, form.withVersion(current.version()), true);
		}
		return "mine".equals(form.from()) ? "redirect:/actions/mine?updated" : "redirect:/actions/" + id + "?updated";
	}

	/**
	 * The programme an action contributes to, as picked from the search results
	 * ({@code programme:id}).
	 */
	record ProgrammeLinkForm(String programme) {
	}

	@PostMapping("/actions/{id}/programmes")
	String referenceProgramme(@PathVariable UUID id, @ModelAttribute ProgrammeLinkForm form, BindingResult errors,
			Viewer viewer) {
		TypedInput.require(errors);
		try {
			UUID programme = PickedRecord.parse(form.programme(), PROGRAMME)
				.map(PickedRecord::id)
				.orElseThrow(() -> new RuleViolation(Map.of("programme", "actions.programme.unknown")));
			this.actionProgrammes.reference(id, programme, viewer);
			return "redirect:/actions/" + id + "?programmeLinked#programmes";
		}
		catch (RuleViolation ex) {
			return RedirectProblems.redirect("/actions/" + id, ex.messageKey()) + "#programmes";
		}
	}

	private String detail(Model model, Viewer viewer, ActionItem action, UpdateForm form, boolean conflict) {
		Mechanism mechanism = this.directory.mechanism(action.mechanismId()).orElseThrow(NotFoundException::new);
		boolean canManage = viewer.canManage(action.mechanismId());
		model.addAttribute("action", action);
		model.addAttribute("mechanism", mechanism);
		model.addAttribute("owner", this.directory.organisation(action.ownerOrganisationId()).orElseThrow());
		model.addAttribute("ownerPerson",
				(action.ownerPersonId() != null) ? this.directory.person(action.ownerPersonId()).orElse(null) : null);
		var history = this.actions.history(action.id());
		model.addAttribute("history", history);
		model.addAttribute("evidence", this.actions.evidence(history, viewer));
		model.addAttribute("viewer", viewer);
		var linked = this.actionProgrammes.of(action.id(), viewer);
		model.addAttribute("programmes", linked);
		boolean canUpdate = this.actions.canUpdate(viewer, action);
		if (canUpdate) {
			findProgrammes(model, action, viewer);
		}
		model.addAttribute("canUpdate", canUpdate);
		model.addAttribute("canManage", canManage);
		model.addAttribute("statuses",
				Arrays.stream(ActionStatus.values())
					.filter((s) -> canManage || s != ActionStatus.DROPPED || action.status() == ActionStatus.DROPPED)
					.toList());
		model.addAttribute("form", form);
		model.addAttribute("conflict", conflict);
		model.addAttribute("today", this.actions.today());
		return "actions/detail";
	}

	/**
	 * The programmes of the action's mechanism the viewer may see that match the asked
	 * words ({@code programmeq}), less those already referenced.
	 */
	private void findProgrammes(Model model, ActionItem action, Viewer viewer) {
		Object asked = model.getAttribute("programmeq");
		String words = (asked != null) ? asked.toString() : "";
		model.addAttribute("programmeq", words);
		RecordFinder search = this.finder.getIfAvailable();
		Set<UUID> linked = this.actionProgrammes.of(action.id(), viewer)
			.stream()
			.map(ProgrammeRef::id)
			.collect(Collectors.toSet());
		var matching = (search == null) ? List.<RecordFinder.Found>of()
				: search.find(words, PROGRAMME, action.mechanismId(), viewer, LocaleContextHolder.getLocale());
		var found = matching.stream().filter((f) -> !linked.contains(f.id())).toList();
		model.addAttribute("programmeFound", found);
		model.addAttribute("programmeAllLinked", !matching.isEmpty() && found.isEmpty());
	}

	private String form(Model model, Mechanism mechanism, Viewer viewer, ActionForm form) {
		List<MemberList.Member> seated = this.members.members(viewer, mechanism, Filter.none());
		model.addAttribute("mechanism", mechanism);
		model.addAttribute("form", form);
		model.addAttribute("institutions",
				this.members.institutions(seated, org.springframework.context.i18n.LocaleContextHolder.getLocale()));
		return "actions/new";
	}

	/**
	 * Mechanisms and institutions by id, for labelling rows; and today, for "overdue".
	 */
	private String listContext(Model model, String view) {
		model.addAttribute("mechanisms", this.directory.mechanismsById());
		model.addAttribute("organisations", this.directory.organisationsById());
		model.addAttribute("today", this.actions.today());
		return view;
	}

	/**
	 * The institutions that own any of these actions, by name in the reader's language.
	 */
	private List<Organisation> ownersOf(List<ActionItem> actions, Locale locale) {
		return actions.stream()
			.map(ActionItem::ownerOrganisationId)
			.distinct()
			.map(this.directory::organisation)
			.flatMap(java.util.Optional::stream)
			.sorted(Comparator.comparing((Organisation o) -> o.name().in(locale), String.CASE_INSENSITIVE_ORDER))
			.toList();
	}

	private Mechanism managed(String code, Viewer viewer) {
		Mechanism mechanism = this.directory.mechanismOrThrow(code);
		if (!viewer.canManage(mechanism.id())) {
			throw viewer.isMemberOf(mechanism.id()) ? new org.hamkori.shared.web.ForbiddenException()
					: new NotFoundException();
		}
		return mechanism;
	}

}
