package org.hamkori.issues.web;

import java.util.List;
import java.util.UUID;

import org.hamkori.actions.ActionItem;
import org.hamkori.actions.ActionItems;
import org.hamkori.directory.Directory;
import org.hamkori.directory.Mechanism;
import org.hamkori.issues.IncomingItem;
import org.hamkori.issues.Issue;
import org.hamkori.issues.IssueRegister;
import org.hamkori.issues.IssueRuleException;
import org.hamkori.issues.PolicyChange;
import org.hamkori.issues.PolicyResponses;
import org.hamkori.issues.RegionalLoop;
import org.hamkori.meetings.Decision;
import org.hamkori.meetings.Meeting;
import org.hamkori.meetings.Meetings;
import org.hamkori.meetings.MinutesBook;
import org.hamkori.shared.security.Viewer;
import org.hamkori.shared.web.NotFoundException;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

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

	ChainController(IssueRegister register, PolicyResponses policies, RegionalLoop loop, Meetings meetings,
			MinutesBook minutes, ActionItems actions, Directory directory) {
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
		model.addAttribute("upcoming", this.meetings.upcoming(mechanism.id()));
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
	String record(@PathVariable String code, @RequestParam(required = false) PolicyChange.Kind kind,
			@RequestParam(required = false) String title, @RequestParam(required = false) String referenceNumber,
			@RequestParam(required = false) @DateTimeFormat(
					iso = DateTimeFormat.ISO.DATE) java.time.LocalDate adoptedOn,
			@RequestParam(required = false) String issuingBody, @RequestParam(required = false) String link,
			@RequestParam(name = "answers", required = false) List<UUID> answers,
			@RequestParam(required = false) org.springframework.web.multipart.MultipartFile file, Viewer viewer,
			Model model) throws java.io.IOException {
		Mechanism mechanism = this.directory.mechanismOrThrow(code);
		var form = new PolicyResponses.PolicyChangeForm(kind, LocaleContextHolder.getLocale().getLanguage(), title,
				referenceNumber, adoptedOn, issuingBody, link, answers);
		try {
			if (file != null && !file.isEmpty()) {
				try (java.io.InputStream content = file.getInputStream()) {
					this.policies.record(viewer, code, form,
							new PolicyResponses.PolicyText(file.getOriginalFilename(), file.getSize(), content));
				}
			}
			else {
				this.policies.record(viewer, code, form);
			}
			return "redirect:/mechanisms/" + code + "/policy-changes?recorded";
		}
		catch (org.hamkori.documents.UploadRejectedException ex) {
			model.addAttribute("values", java.util.Map.of("title", nn(title), "referenceNumber", nn(referenceNumber),
					"issuingBody", nn(issuingBody), "link", nn(link)));
			model.addAttribute("uploadProblem", ex);
			return policyPage(model, mechanism, viewer, null);
		}
		catch (IssueRuleException ex) {
			model.addAttribute("values", java.util.Map.of("title", nn(title), "referenceNumber", nn(referenceNumber),
					"issuingBody", nn(issuingBody), "link", nn(link)));
			return policyPage(model, mechanism, viewer, ex);
		}
	}

	private String policyPage(Model model, Mechanism mechanism, Viewer viewer, IssueRuleException problem) {
		model.addAttribute("mechanism", mechanism);
		var changes = this.register.policyChangesOf(mechanism.id());
		model.addAttribute("changes", changes);
		model.addAttribute("texts", this.register.textsOf(changes, viewer));
		model.addAttribute("kinds", PolicyChange.Kind.values());
		model.addAttribute("canManage", viewer.canManage(mechanism.id()));
		model.addAttribute("problem", problem);
		model.addAttribute("openRecommendations", this.register.answerable(viewer, mechanism));
		return "issues/policies";
	}

	private static String nn(String value) {
		return (value != null) ? value : "";
	}

}
