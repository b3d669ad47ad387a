package org.hamkori.issues.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.validation.Valid;

import org.hamkori.actions.ActionItems;
import org.hamkori.directory.Directory;
import org.hamkori.directory.Mechanism;
import org.hamkori.issues.Issue;
import org.hamkori.issues.IssueForm;
import org.hamkori.issues.IssueLifecycle;
import org.hamkori.issues.IssueLink;
import org.hamkori.issues.IssueRegister;
import org.hamkori.issues.IssueStatus;
import org.hamkori.issues.Recommendation;
import org.hamkori.issues.RecommendationFollowUp;
import org.hamkori.issues.RegionalLoop;
import org.hamkori.shared.i18n.LocalizedText;
import org.hamkori.shared.search.PickedRecord;
import org.hamkori.shared.search.RecordFinder;
import org.hamkori.shared.security.Viewer;
import org.hamkori.shared.web.ForbiddenException;
import org.hamkori.shared.web.NotFoundException;
import org.hamkori.shared.web.Paging;
import org.hamkori.shared.rules.RuleViolation;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A mechanism's issue register and one issue's page: its whole path, from the meeting
 * that raised it through recommendations, escalation and answers to the policy change
 * that closed it, with the secretariat's next steps.
 */
@Controller
class IssueController {

	private static final int PAGE_SIZE = 25;

	private static final String DECISION = "decision";

	private static final String ACTION = "action";

	/** The search types of the records evidence may be: those of the kinds of link. */
	private static final Set<String> LINK_TYPES = java.util.Arrays.stream(IssueLink.Kind.values())
		.map((k) -> k.name().toLowerCase(Locale.ROOT))
		.collect(java.util.stream.Collectors.toUnmodifiableSet());

	private static final List<String> RAISE_FIELDS = List.of("title", "description", "raisedBy", "gcm", "mgi",
			"affectedGroups", "visibility");

	private static final List<String> EDIT_FIELDS = List.of("title", "description", "gcm", "mgi", "affectedGroups",
			"version");

	private final IssueRegister register;

	private final IssueLifecycle lifecycle;

	private final RecommendationFollowUp followUp;

	private final RegionalLoop loop;

	private final Directory directory;

	private final ActionItems actions;

	/**
	 * The search, when it runs beside this module (not in a module test of issues alone).
	 */
	private final ObjectProvider<RecordFinder> finder;

	private final org.hamkori.issues.LoopPublication publication;

	IssueController(IssueRegister register, IssueLifecycle lifecycle, RecommendationFollowUp followUp,
			RegionalLoop loop, Directory directory, ActionItems actions, ObjectProvider<RecordFinder> finder,
			org.hamkori.issues.LoopPublication publication) {
		this.publication = publication;
		this.register = register;
		this.lifecycle = lifecycle;
		this.followUp = followUp;
		this.loop = loop;
		this.directory = directory;
		this.actions = actions;
		this.finder = finder;
	}

	@GetMapping("/mechanisms/{code}/issues")
	String list(@PathVariable String code, @RequestParam(required = false) IssueStatus status,
			@RequestParam(required = false) Integer gcm, @RequestParam(defaultValue = "1") int page, Viewer viewer,
			Model model) {
		Mechanism mechanism = this.directory.mechanismOrThrow(code);
		if (!viewer.admin() && !viewer.isMemberOf(mechanism.id())) {
			throw new NotFoundException();
		}
		List<Issue> all = this.register.of(viewer, mechanism)
			.stream()
			.filter((i) -> status == null || i.status() == status)
			.filter((i) -> gcm == null || i.gcmObjectiveList().contains(gcm))
			.toList();
		Paging<Issue> paging = Paging.of(all, page, PAGE_SIZE);
		model.addAttribute("mechanism", mechanism);
		model.addAttribute("issues", paging.items());
		model.addAttribute("total", paging.total());
		model.addAttribute("page", paging.page());
		model.addAttribute("pages", paging.pages());
		model.addAttribute("status", status);
		model.addAttribute("gcm", gcm);
		model.addAttribute("statuses", IssueStatus.values());
		model.addAttribute("mechanisms", this.directory.mechanismsById());
		return "issues/list";
	}

	@GetMapping("/mechanisms/{code}/issues/new")
	String newIssue(@PathVariable String code, Viewer viewer, Model model) {
		return form(model, memberMechanism(code, viewer), viewer, RaiseIssueForm.empty(), null);
	}

	@PostMapping("/mechanisms/{code}/issues")
	String create(@PathVariable String code, @Valid @ModelAttribute("form") RaiseIssueForm form, BindingResult errors,
			Viewer viewer, Model model) {
		Mechanism mechanism = memberMechanism(code, viewer);
		String problem = FormErrors.problemKey(errors, RAISE_FIELDS);
		if (problem != null) {
			return form(model, mechanism, viewer, form, problem);
		}
		try {
			Issue issue = this.lifecycle.raise(viewer, code,
					form.toIssueForm(LocaleContextHolder.getLocale().getLanguage()));
			return "redirect:/issues/" + issue.id() + "?raised";
		}
		catch (RuleViolation ex) {
			return form(model, mechanism, viewer, form, ex.messageKey());
		}
	}

	@GetMapping("/issues/{id}")
	String show(@PathVariable UUID id, @RequestParam(required = false) String linkq,
			@RequestParam(required = false) String decisionq, @RequestParam(required = false) String actionq,
			@RequestParam(name = "for", required = false) String actionFor, Viewer viewer, Model model) {
		Issue issue = this.register.visible(viewer, id);
		Locale locale = LocaleContextHolder.getLocale();
		Mechanism mechanism = this.directory.mechanism(issue.mechanismId()).orElseThrow();
		boolean manager = viewer.canManage(issue.mechanismId());
		findLinks(model, manager, linkq, viewer, locale);
		findDecisions(model, manager, decisionq, viewer, locale);
		// the page without script asks for actions for one recommendation ("for")
		Recommendation asked = manager ? this.register.recommendationsOf(id)
			.stream()
			.filter((r) -> r.id().toString().equals(actionFor))
			.findFirst()
			.orElse(null) : null;
		findActions(model, asked, (asked != null) ? actionq : null, viewer, locale);
		model.addAttribute("actionFor", (asked != null) ? asked.id() : null);
		model.addAttribute("issue", issue);
		model.addAttribute("mechanism", mechanism);
		model.addAttribute("organisations", this.directory.organisationsById());
		model.addAttribute("mechanisms", this.directory.mechanismsById());
		model.addAttribute("timeline", this.register.timeline(id));
		model.addAttribute("links", this.register.linksOf(viewer, id, locale));
		model.addAttribute("hiddenLinks", this.register.hiddenLinks(viewer, id));
		List<Recommendation> recommendations = this.register.recommendationsOf(id);
		model.addAttribute("recommendations", recommendations);
		model.addAttribute("recommendationVisibility",
				recommendations.stream()
					.collect(java.util.stream.Collectors.toMap(Recommendation::id,
							(r) -> this.publication.ofRecommendation(r.id()))));
		model.addAttribute("citation", this.register.citation(issue));
		model.addAttribute("citations", recommendations.stream()
			.collect(java.util.stream.Collectors.toMap(Recommendation::id, this.register::citation)));
		model.addAttribute("targets", recommendations.stream()
			.collect(java.util.stream.Collectors.toMap(Recommendation::id, (r) -> this.register.targetsOf(r.id()))));
		model.addAttribute("implementations", recommendations.stream()
			.collect(java.util.stream.Collectors.toMap(Recommendation::id, (r) -> this.register.actionsOf(r.id()))));
		model.addAttribute("policies",
				recommendations.stream()
					.collect(java.util.stream.Collectors.toMap(Recommendation::id,
							(r) -> this.register.policyChangesAnswering(r.id()))));
		model.addAttribute("answers", recommendations.stream()
			.collect(java.util.stream.Collectors.toMap(Recommendation::id, (r) -> this.loop.answersTo(r.id()))));
		model.addAttribute("escalation", this.register.escalationOf(id).orElse(null));
		model.addAttribute("merged", mechanism.regional() ? this.loop.mergedInto(id) : List.of());
		model.addAttribute("incoming", this.loop.incomingFor(id).orElse(null));
		model.addAttribute("incomingVisibility",
				this.loop.incomingFor(id).map((i) -> this.publication.ofAnswer(i.id())).orElse(null));
		model.addAttribute("incomingFrom", (issue.incomingFrom() != null)
				? this.register.recommendation(issue.incomingFrom()).orElse(null) : null);
		model.addAttribute("canManage", manager);
		model.addAttribute("next", issue.status().next().stream().filter((s) -> s != IssueStatus.ESCALATED).toList());
		model.addAttribute("canEscalate", manager && !mechanism.regional() && issue.status().isOpen()
				&& this.register.escalationOf(id).isEmpty());
		model.addAttribute("recommendationStatuses", Recommendation.Status.values());
		model.addAttribute("memberInstitutions", this.register.memberInstitutions(issue.mechanismId()));
		model.addAttribute("mechanismActions",
				manager ? this.actions.ofMechanism(issue.mechanismId(), viewer) : List.of());
		model.addAttribute("nationalMechanisms",
				this.directory.mechanisms().stream().filter((m) -> !m.regional()).toList());
		return "issues/issue";
	}

	@GetMapping("/issues/{id}/edit")
	String edit(@PathVariable UUID id, Viewer viewer, Model model) {
		Issue issue = editable(id, viewer);
		return editForm(model, issue, EditIssueForm.of(issue, LocaleContextHolder.getLocale().getLanguage()), null,
				false);
	}

	@PostMapping("/issues/{id}")
	String update(@PathVariable UUID id, @Valid @ModelAttribute("form") EditIssueForm form, BindingResult errors,
			Viewer viewer, Model model) {
		Issue issue = editable(id, viewer);
		String problem = FormErrors.problemKey(errors, EDIT_FIELDS);
		if (problem != null) {
			return editForm(model, issue, form, problem, false);
		}
		try {
			this.lifecycle.edit(viewer, id, LocaleContextHolder.getLocale().getLanguage(), form.title(),
					form.description(), form.gcm(), form.mgi(), form.affectedGroups(), form.version());
			return "redirect:/issues/" + id + "?moved";
		}
		catch (RuleViolation ex) {
			return editForm(model, issue, form, ex.messageKey(), false);
		}
		catch (OptimisticLockingFailureException ex) {
			Issue current = this.register.visible(viewer, id);
			return editForm(model, current, form.withVersion(current.version()), null, true);
		}
	}

	@PostMapping("/recommendations/{id}/status")
	String recommendationStatus(@PathVariable UUID id, @Valid @ModelAttribute IssueStepForms.RecommendationStatus form,
			BindingResult errors, Viewer viewer) {
		FormErrors.problemKey(errors, List.of());
		Recommendation recommendation = this.register.recommendation(id).orElseThrow(NotFoundException::new);
		return step(recommendation.issueId(), () -> this.followUp.setStatus(viewer, id, form.status()), "moved");
	}

	@PostMapping("/issues/{id}/status")
	String move(@PathVariable UUID id, @Valid @ModelAttribute IssueStepForms.Move form, BindingResult errors,
			Viewer viewer) {
		FormErrors.problemKey(errors, List.of());
		return step(id, () -> this.lifecycle.move(viewer, id, form.status(), form.note(), form.version()), "moved");
	}

	/** The records found to link as evidence, for the typeahead under the words. */
	@GetMapping("/issues/{id}/links/find")
	String findLinks(@PathVariable UUID id, @RequestParam(required = false) String linkq, Viewer viewer, Model model) {
		findLinks(model, managed(id, viewer), linkq, viewer, LocaleContextHolder.getLocale());
		return "issues/pickers :: links";
	}

	/** The decisions found to cite in a new recommendation, for the typeahead. */
	@GetMapping("/issues/{id}/decisions/find")
	String findDecisions(@PathVariable UUID id, @RequestParam(required = false) String decisionq, Viewer viewer,
			Model model) {
		findDecisions(model, managed(id, viewer), decisionq, viewer, LocaleContextHolder.getLocale());
		return "issues/pickers :: decisions";
	}

	/**
	 * The mechanism's actions found to implement a recommendation, for the typeahead
	 * under its words.
	 */
	@GetMapping("/recommendations/{id}/actions/find")
	String findActions(@PathVariable UUID id, @RequestParam(required = false) String actionq, Viewer viewer,
			Model model) {
		Recommendation recommendation = this.register.recommendation(id).orElseThrow(NotFoundException::new);
		managed(recommendation.issueId(), viewer);
		findActions(model, recommendation, actionq, viewer, LocaleContextHolder.getLocale());
		return "issues/pickers :: actions";
	}

	@PostMapping("/issues/{id}/links")
	String link(@PathVariable UUID id, @Valid @ModelAttribute IssueStepForms.Link form, BindingResult errors,
			Viewer viewer) {
		FormErrors.problemKey(errors, List.of());
		return step(id, () -> {
			PickedRecord chosen = chosen(form.record(), LINK_TYPES);
			this.lifecycle.link(viewer, id, IssueLink.Kind.valueOf(chosen.type().toUpperCase(Locale.ROOT)),
					chosen.id());
		}, "linked");
	}

	@PostMapping("/issues/{id}/recommendations")
	String recommend(@PathVariable UUID id, @Valid @ModelAttribute IssueStepForms.Recommend form, BindingResult errors,
			Viewer viewer) {
		FormErrors.problemKey(errors, List.of());
		String language = LocaleContextHolder.getLocale().getLanguage();
		String text = (form.text() != null) ? form.text().strip() : "";
		return step(id,
				() -> this.followUp.recommend(viewer, id, LocalizedText.of(Map.of(language, text)), form.target(),
						(form.decision() == null || form.decision().isBlank()) ? null
								: chosen(form.decision(), Set.of(DECISION)).id()),
				"recommended");
	}

	@PostMapping("/recommendations/{id}/actions")
	String implement(@PathVariable UUID id, @Valid @ModelAttribute IssueStepForms.Implement form, BindingResult errors,
			Viewer viewer) {
		FormErrors.problemKey(errors, List.of());
		Recommendation recommendation = this.register.recommendation(id).orElseThrow(NotFoundException::new);
		return step(recommendation.issueId(),
				() -> this.followUp.implementWith(viewer, id, pickedAction(form.action())), "implemented");
	}

	@PostMapping("/issues/{id}/escalate")
	String escalate(@PathVariable UUID id, @Valid @ModelAttribute IssueStepForms.Escalate form, BindingResult errors,
			Viewer viewer) {
		FormErrors.problemKey(errors, List.of());
		return step(id, () -> this.loop.escalate(viewer, id, form.note()), "escalated");
	}

	@PostMapping("/recommendations/{id}/escalate")
	String escalateRecommendation(@PathVariable UUID id, @Valid @ModelAttribute IssueStepForms.Escalate form,
			BindingResult errors, Viewer viewer) {
		FormErrors.problemKey(errors, List.of());
		Recommendation recommendation = this.register.recommendation(id).orElseThrow(NotFoundException::new);
		this.register.visible(viewer, recommendation.issueId());
		return step(recommendation.issueId(), () -> this.loop.escalateRecommendation(viewer, id, form.note()),
				"escalated");
	}

	@PostMapping("/recommendations/{id}/send")
	String sendDown(@PathVariable UUID id, @Valid @ModelAttribute IssueStepForms.SendDown form, BindingResult errors,
			Viewer viewer) {
		FormErrors.problemKey(errors, List.of());
		Recommendation recommendation = this.register.recommendation(id).orElseThrow(NotFoundException::new);
		this.register.visible(viewer, recommendation.issueId());
		return step(recommendation.issueId(), () -> this.loop.sendDown(viewer, id, form.mechanism()), "sent");
	}

	@PostMapping("/incoming/{id}/answer")
	String answer(@PathVariable UUID id, @Valid @ModelAttribute IssueStepForms.Answer form, BindingResult errors,
			Viewer viewer) {
		FormErrors.problemKey(errors, List.of());
		if (form.issue() == null) {
			throw new NotFoundException();
		}
		this.register.visible(viewer, form.issue());
		return step(form.issue(), () -> this.loop.answer(viewer, id, form.status(), form.answer(), form.action()),
				"answered");
	}

	private String step(UUID issueId, Runnable action, String done) {
		try {
			action.run();
			return "redirect:/issues/" + issueId + "?" + done;
		}
		catch (RuleViolation ex) {
			return "redirect:/issues/" + issueId + "?problem=" + ex.messageKey();
		}
		catch (OptimisticLockingFailureException ex) {
			return "redirect:/issues/" + issueId + "?problem=issue.error.changed";
		}
	}

	/** The mechanism if the viewer may raise issues in it; 404 otherwise. */
	private Mechanism memberMechanism(String code, Viewer viewer) {
		Mechanism mechanism = this.directory.mechanismOrThrow(code);
		if (!viewer.admin() && !viewer.isMemberOf(mechanism.id())) {
			throw new NotFoundException();
		}
		return mechanism;
	}

	/** An issue the viewer may correct: 403 for the mechanism's other members. */
	private Issue editable(UUID id, Viewer viewer) {
		Issue issue = this.register.visible(viewer, id);
		if (!viewer.canManage(issue.mechanismId())) {
			throw new ForbiddenException();
		}
		return issue;
	}

	private String form(Model model, Mechanism mechanism, Viewer viewer, RaiseIssueForm form, String problem) {
		model.addAttribute("mechanism", mechanism);
		model.addAttribute("problemKey", problem);
		model.addAttribute("form", form);
		model.addAttribute("organisations", this.directory.organisationsById());
		model.addAttribute("institutions", viewer.canManage(mechanism.id())
				? this.register.memberInstitutions(mechanism.id()) : viewer.organisationsIn(mechanism.id()));
		model.addAttribute("domains", IssueForm.MGI_DOMAINS);
		return "issues/new";
	}

	private String editForm(Model model, Issue issue, EditIssueForm form, String problem, boolean conflict) {
		model.addAttribute("issue", issue);
		model.addAttribute("mechanism", this.directory.mechanism(issue.mechanismId()).orElseThrow());
		model.addAttribute("form", form);
		model.addAttribute("domains", IssueForm.MGI_DOMAINS);
		model.addAttribute("problemKey", problem);
		model.addAttribute("conflict", conflict);
		return "issues/edit";
	}

	/**
	 * Whether the viewer manages the visible issue's mechanism; 404 when it is hidden.
	 */
	private boolean managed(UUID id, Viewer viewer) {
		Issue issue = this.register.visible(viewer, id);
		if (!viewer.canManage(issue.mechanismId())) {
			throw new NotFoundException();
		}
		return true;
	}

	private void findLinks(Model model, boolean manager, String q, Viewer viewer, Locale locale) {
		find(model, "link", manager ? LINK_TYPES : Set.of(), q, viewer, locale);
	}

	private void findDecisions(Model model, boolean manager, String q, Viewer viewer, Locale locale) {
		find(model, "decision", manager ? Set.of(DECISION) : Set.of(), q, viewer, locale);
	}

	/**
	 * The actions of the recommendation's mechanism the viewer may see that match the
	 * words, less those already implementing it; nothing without a recommendation.
	 */
	private void findActions(Model model, Recommendation recommendation, String q, Viewer viewer, Locale locale) {
		String words = (q != null) ? q.strip() : "";
		model.addAttribute("actionq", words);
		RecordFinder search = this.finder.getIfAvailable();
		if (recommendation == null || search == null) {
			model.addAttribute("actionFound", List.of());
			model.addAttribute("actionAllLinked", false);
			return;
		}
		List<UUID> linked = this.register.actionsOf(recommendation.id()).stream().map((a) -> a.id()).toList();
		var matching = search.find(words, Set.of(ACTION), recommendation.mechanismId(), viewer, locale);
		var found = matching.stream().filter((f) -> !linked.contains(f.id())).toList();
		model.addAttribute("actionFound", found);
		model.addAttribute("actionAllLinked", !matching.isEmpty() && found.isEmpty());
	}

	/**
	 * The action picked to implement a recommendation, posted as {@code action:id} (a
	 * bare id is still taken, as earlier pages and scripts post it).
	 */
	static UUID pickedAction(String value) {
		return PickedRecord.parse(value, Set.of(ACTION)).map(PickedRecord::id).orElseGet(() -> {
			UUID id = parse(value);
			if (id == null) {
				throw new RuleViolation("target", "issue.error.linkTarget");
			}
			return id;
		});
	}

	/** The words asked ({@code <name>q}) and what they found ({@code <name>Found}). */
	private void find(Model model, String name, Set<String> types, String q, Viewer viewer, Locale locale) {
		String words = (q != null) ? q.strip() : "";
		model.addAttribute(name + "q", words);
		RecordFinder search = this.finder.getIfAvailable();
		model.addAttribute(name + "Found", (search != null) ? search.find(words, types, viewer, locale) : List.of());
	}

	/**
	 * The record a person chose from the search results, posted as {@code type:id}; a
	 * type this choice does not take, or anything else, is "not found", never an error
	 * page. Whether the viewer may see it is checked again where it is linked.
	 */
	static PickedRecord chosen(String value, Set<String> types) {
		return PickedRecord.parse(value, types)
			.orElseThrow(() -> new RuleViolation("target", "issue.error.linkTarget"));
	}

	/**
	 * An id from a form; anything else is "not found", never an error page.
	 */
	static UUID parse(String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return UUID.fromString(value.strip());
		}
		catch (IllegalArgumentException ex) {
			throw new RuleViolation("target", "issue.error.linkTarget");
		}
	}

}
