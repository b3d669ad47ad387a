package org.hamkori.issues.web;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;

import org.hamkori.actions.ActionItem;
import org.hamkori.actions.ActionItems;
import org.hamkori.directory.Directory;
import org.hamkori.directory.Mechanism;
import org.hamkori.issues.IncomingItem;
import org.hamkori.issues.Issue;
import org.hamkori.issues.IssueRegister;
import org.hamkori.issues.PolicyChange;
import org.hamkori.issues.PolicyResponses;
import org.hamkori.issues.RegionalLoop;
import org.hamkori.meetings.Decision;
import org.hamkori.meetings.Meeting;
import org.hamkori.meetings.Meetings;
import org.hamkori.meetings.MinutesBook;
import org.hamkori.shared.security.Viewer;
import org.hamkori.shared.web.ForbiddenException;
import org.hamkori.shared.web.NotFoundException;
import org.hamkori.shared.rules.RuleViolation;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * The chain, visible: a decision's page with its issues and actions, a mechanism's home
 * with open issues, overdue actions and what waits for an answer to the region, and the
 * register of policy changes.
 */
@Controller
class ChainController {

	private final IssueRegister register;

	private final PolicyResponses policies;

	private final RegionalLoop loop;

	private final Meetings meetings;

	private final MinutesBook minutes;

	private final ActionItems actions;

	private final Directory directory;

	private final org.hamkori.meetings.MeetingPublication publication;

	private final org.hamkori.documents.Library library;

	ChainController(IssueRegister register, PolicyResponses policies, RegionalLoop loop, Meetings meetings,
			MinutesBook minutes, ActionItems actions, Directory directory,
			org.hamkori.meetings.MeetingPublication publication, org.hamkori.documents.Library library) {
		this.publication = publication;
		this.library = library;
		this.register = register;
		this.policies = policies;
		this.loop = loop;
		this.meetings = meetings;
		this.minutes = minutes;
		this.actions = actions;
		this.directory = directory;
	}

	@GetMapping("/decisions/{id}")
	String decision(@PathVariable UUID id, Viewer viewer, Model model) {
		Decision decision = this.minutes.decision(id).orElseThrow(NotFoundException::new);
		Meeting meeting = this.meetings.visible(viewer, decision.meetingId());
		model.addAttribute("decision", decision);
		model.addAttribute("meeting", meeting);
		model.addAttribute("number", this.minutes.decisionNumber(meeting, decision));
		model.addAttribute("issues", this.register.issuesOfDecision(viewer, id));
		model.addAttribute("actions", this.actions.fromDecision(id));
		model.addAttribute("organisations", this.directory.organisationsById());
		model.addAttribute("today", this.actions.today());
		model.addAttribute("canPublish", viewer.canManage(meeting.mechanismId()));
		model.addAttribute("decisionVisibility", this.publication.ofDecision(id));
		model.addAttribute("libraryDocuments", this.library.linkedTo("decision", id, viewer));
		return "issues/decision";
	}

	@GetMapping("/mechanisms/{code}/home")
	String home(@PathVariable String code, Viewer viewer, Model model) {
		Mechanism mechanism = this.directory.mechanismOrThrow(code);
		if (!viewer.admin() && !viewer.isMemberOf(mechanism.id())) {
			throw new NotFoundException();
		}
		var today = this.actions.today();
		List<Issue> open = this.register.of(viewer, mechanism)
			.stream()
			.filter((i) -> i.mechanismId().equals(mechanism.id()) && i.status().isOpen())
			.toList();
		List<ActionItem> overdue = this.actions.ofMechanism(mechanism.id(), viewer)
			.stream()
			.filter((a) -> a.isOverdue(today))
			.toList();
		List<IncomingItem> waiting = this.loop.waiting(mechanism.id());
		model.addAttribute("mechanism", mechanism);
		model.addAttribute("openIssues", open);
		model.addAttribute("overdue", overdue);
		model.addAttribute("waiting", waiting);
		model.addAttribute("waitingIssues",
				waiting.stream()
					.map((w) -> this.register.find(w.issueId()).orElse(null))
					.filter(java.util.Objects::nonNull)
					.toList());
		model.addAttribute("upcoming", this.meetings.upcoming(mechanism.id(), viewer));
		model.addAttribute("organisations", this.directory.organisationsById());
		model.addAttribute("today", today);
		return "issues/home";
	}

	@GetMapping("/mechanisms/{code}/policy-changes")
	String policies(@PathVariable String code, Viewer viewer, Model model) {
		Mechanism mechanism = this.directory.mechanismOrThrow(code);
		if (!viewer.admin() && !viewer.isMemberOf(mechanism.id())) {
			throw new NotFoundException();
		}
		return policyPage(model, mechanism, viewer, null);
	}

	@PostMapping("/mechanisms/{code}/policy-changes")
	String record(@PathVariable String code, @Valid @ModelAttribute("form") RecordPolicyChangeForm form,
			BindingResult errors, Viewer viewer, Model model) throws IOException {
		Mechanism mechanism = this.directory.mechanismOrThrow(code);
		String problem = FormErrors.problemKey(errors, RecordPolicyChangeForm.FIELDS);
		if (problem != null) {
			if (!viewer.canManage(mechanism.id())) {
				throw viewer.isMemberOf(mechanism.id()) ? new ForbiddenException() : new NotFoundException();
			}
			return policyPage(model, mechanism, viewer, problem);
		}
		var change = form.toPolicyChangeForm(LocaleContextHolder.getLocale().getLanguage());
		try {
			if (form.hasFile()) {
				try (InputStream content = form.file().getInputStream()) {
					this.policies.record(viewer, code, change, new PolicyResponses.PolicyText(
							form.file().getOriginalFilename(), form.file().getSize(), content));
				}
			}
			else {
				this.policies.record(viewer, code, change);
			}
			return "redirect:/mechanisms/" + code + "/policy-changes?recorded";
		}
		catch (RuleViolation ex) {
			if (ex.messageKey().startsWith("documents.rejected.")) {
				// the attached text was refused by the document store
				model.addAttribute("uploadProblem", ex);
				return policyPage(model, mechanism, viewer, null);
			}
			return policyPage(model, mechanism, viewer, ex.messageKey());
		}
	}

	private String policyPage(Model model, Mechanism mechanism, Viewer viewer, String problem) {
		model.addAttribute("mechanism", mechanism);
		var changes = this.register.policyChangesOf(mechanism.id());
		model.addAttribute("changes", changes);
		model.addAttribute("texts", this.register.textsOf(changes, viewer));
		model.addAttribute("kinds", PolicyChange.Kind.values());
		model.addAttribute("canManage", viewer.canManage(mechanism.id()));
		model.addAttribute("problemKey", problem);
		model.addAttribute("openRecommendations", this.register.answerable(viewer, mechanism));
		return "issues/policies";
	}

}
