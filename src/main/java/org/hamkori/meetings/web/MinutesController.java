package org.hamkori.meetings.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.validation.Valid;
import org.hamkori.meetings.AgendaItem;
import org.hamkori.meetings.Decision;
import org.hamkori.meetings.Meeting;
import org.hamkori.meetings.MeetingStatus;
import org.hamkori.meetings.Meetings;
import org.hamkori.meetings.Minutes;
import org.hamkori.meetings.MinutesBook;
import org.hamkori.shared.i18n.LocalizedText;
import org.hamkori.shared.security.MembershipRole;
import org.hamkori.shared.security.Viewer;
import org.hamkori.shared.rules.RuleErrors;
import org.hamkori.shared.rules.RuleViolation;
import org.hamkori.shared.web.NotFoundException;
import org.hamkori.shared.web.TypedInput;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * The minutes of a meeting: read side by side in its languages, written per language with
 * a conflict view, decisions, circulation for comments, and adoption.
 */
@Controller
class MinutesController {

	private final Meetings meetings;

	private final MinutesBook book;

	private final MinutesModel minutesModel;

	MinutesController(Meetings meetings, MinutesBook book, MinutesModel minutesModel) {
		this.meetings = meetings;
		this.book = book;
		this.minutesModel = minutesModel;
	}

	@GetMapping("/meetings/{id}/minutes")
	String show(@PathVariable UUID id, Viewer viewer, Model model) {
		Meeting meeting = this.meetings.visible(viewer, id);
		this.minutesModel.add(model, meeting, viewer);
		return "meetings/minutes";
	}

	@GetMapping("/meetings/{id}/minutes/{language}/edit")
	String edit(@PathVariable UUID id, @PathVariable String language, Viewer viewer, Model model) {
		Meeting meeting = this.meetings.visible(viewer, id);
		if (!meeting.languageList().contains(language)) {
			throw new NotFoundException();
		}
		Minutes minutes = this.book.in(id, language).orElse(null);
		Map<String, String> texts = (minutes != null) ? minutes.summaryMap() : Map.of();
		return editPage(model, meeting, viewer, language, texts, (minutes != null) ? minutes.version() : null, null);
	}

	@PostMapping("/meetings/{id}/minutes/{language}")
	String save(@PathVariable UUID id, @PathVariable String language,
			@Valid @ModelAttribute("form") MinutesForms.Texts form, BindingResult errors, Viewer viewer, Model model) {
		TypedInput.require(errors);
		Meeting meeting = this.meetings.visible(viewer, id);
		if (!meeting.languageList().contains(language)) {
			throw new NotFoundException();
		}
		Map<String, String> texts = new LinkedHashMap<>();
		texts.put(Minutes.OPENING, MinutesForms.value(form.summary(), Minutes.OPENING));
		for (AgendaItem item : this.meetings.agenda(id)) {
			String text = (form.summary() != null) ? form.summary().get(item.id().toString()) : null;
			if (text != null) {
				texts.put(item.id().toString(), text);
			}
		}
		try {
			this.book.save(viewer, id, language, texts, form.version());
			return "redirect:/meetings/" + id + "/minutes?saved";
		}
		catch (RuleViolation ex) {
			RuleErrors.reject(errors, ex);
			return editPage(model, meeting, viewer, language, texts, form.version(), null);
		}
		catch (OptimisticLockingFailureException ex) {
			Minutes current = this.book.in(id, language).orElse(null);
			return editPage(model, meeting, viewer, language, texts, (current != null) ? current.version() : null,
					current);
		}
	}

	@PostMapping("/meetings/{id}/decisions")
	String addDecision(@PathVariable UUID id, @Valid @ModelAttribute MinutesForms.Decision form, BindingResult errors,
			Viewer viewer) {
		TypedInput.require(errors);
		Meeting meeting = this.meetings.visible(viewer, id);
		try {
			this.book.addDecision(viewer, id, form.agendaItemId(), texts(form.text(), meeting));
			return "redirect:/meetings/" + id + "/minutes?decisionAdded#decisions";
		}
		catch (RuleViolation ex) {
			return "redirect:/meetings/" + id + "/minutes?problem=" + ex.messageKey() + "#decisions";
		}
	}

	@PostMapping("/decisions/{decisionId}")
	String updateDecision(@PathVariable UUID decisionId, @Valid @ModelAttribute MinutesForms.Decision form,
			BindingResult errors, Viewer viewer) {
		TypedInput.require(errors);
		Decision decision = this.book.decision(decisionId).orElseThrow(NotFoundException::new);
		Meeting meeting = this.meetings.visible(viewer, decision.meetingId());
		try {
			this.book.updateDecision(viewer, decisionId, texts(form.text(), meeting), form.version());
			return "redirect:/meetings/" + meeting.id() + "/minutes?decisionSaved#decisions";
		}
		catch (RuleViolation ex) {
			return "redirect:/meetings/" + meeting.id() + "/minutes?problem=" + ex.messageKey() + "#decisions";
		}
		catch (OptimisticLockingFailureException ex) {
			return "redirect:/meetings/" + meeting.id() + "/minutes?problem=meeting.error.changed#decisions";
		}
	}

	@PostMapping("/decisions/{decisionId}/actions")
	String addAction(@PathVariable UUID decisionId, @Valid @ModelAttribute("actionForm") MinutesForms.Action form,
			BindingResult errors, Viewer viewer, Model model) {
		TypedInput.require(errors);
		Decision decision = this.book.decision(decisionId).orElseThrow(NotFoundException::new);
		Meeting meeting = this.meetings.visible(viewer, decision.meetingId());
		try {
			this.book.addAction(viewer, decisionId, texts(form.action(), meeting), form.ownerOrganisationId(),
					form.ownerPersonId(), form.dueDate());
			return "redirect:/meetings/" + meeting.id() + "/minutes?actionAdded#decision-" + decision.number();
		}
		catch (RuleViolation ex) {
			if (!ex.messageKey().startsWith("validation.action.")) {
				// a rule of the minutes, not of the action typed
				return "redirect:/meetings/" + meeting.id() + "/minutes?problem=" + ex.messageKey();
			}
			RuleErrors.reject(errors, ex);
			this.minutesModel.add(model, meeting, viewer);
			model.addAttribute("actionDecision", decisionId);
			return "meetings/minutes";
		}
	}

	@PostMapping("/meetings/{id}/minutes/circulate")
	String circulate(@PathVariable UUID id, @Valid @ModelAttribute MinutesForms.Circulate form, BindingResult errors,
			Viewer viewer) {
		TypedInput.require(errors);
		this.meetings.visible(viewer, id);
		try {
			this.book.circulate(viewer, id, form.deadline());
			return "redirect:/meetings/" + id + "/minutes?circulated";
		}
		catch (RuleViolation ex) {
			return "redirect:/meetings/" + id + "/minutes?problem=" + ex.messageKey();
		}
	}

	@PostMapping("/meetings/{id}/minutes/comments")
	String comment(@PathVariable UUID id, @Valid @ModelAttribute("commentForm") MinutesForms.Comment form,
			BindingResult errors, Viewer viewer, Model model) {
		Meeting meeting = this.meetings.visible(viewer, id);
		try {
			this.book.comment(viewer, id, form.body());
			return "redirect:/meetings/" + id + "/minutes?commented#comments";
		}
		catch (RuleViolation ex) {
			RuleErrors.reject(errors, ex);
			this.minutesModel.add(model, meeting, viewer);
			model.addAttribute("commentBody", form.body());
			return "meetings/minutes";
		}
	}

	@PostMapping("/minutes-comments/{commentId}/resolve")
	String resolve(@PathVariable UUID commentId, @Valid @ModelAttribute MinutesForms.Resolve form, BindingResult errors,
			Viewer viewer) {
		UUID meeting = TypedInput.required(errors, form.meeting());
		this.meetings.visible(viewer, meeting);
		try {
			this.book.resolve(viewer, commentId, form.resolution());
			return "redirect:/meetings/" + meeting + "/minutes?resolved#comments";
		}
		catch (RuleViolation ex) {
			return "redirect:/meetings/" + meeting + "/minutes?problem=" + ex.messageKey() + "#comments";
		}
	}

	@PostMapping("/meetings/{id}/minutes/adopt")
	String adopt(@PathVariable UUID id, @Valid @ModelAttribute MinutesForms.Adopt form, BindingResult errors,
			Viewer viewer) {
		TypedInput.require(errors);
		this.meetings.visible(viewer, id);
		try {
			this.book.adopt(viewer, id, form.atMeeting());
			return "redirect:/meetings/" + id + "/minutes?adopted";
		}
		catch (RuleViolation ex) {
			return "redirect:/meetings/" + id + "/minutes?problem=" + ex.messageKey();
		}
	}

	@GetMapping("/meetings/{id}/minutes/{language}/revisions")
	String revisions(@PathVariable UUID id, @PathVariable String language, Viewer viewer, Model model) {
		Meeting meeting = this.meetings.visible(viewer, id);
		Minutes minutes = this.book.in(id, language).orElseThrow(NotFoundException::new);
		model.addAttribute("meeting", meeting);
		model.addAttribute("language", language);
		model.addAttribute("revisions", this.book.revisions(minutes.id()));
		model.addAttribute("agenda", this.meetings.agenda(id));
		return "meetings/revisions";
	}

	private String editPage(Model model, Meeting meeting, Viewer viewer, String language, Map<String, String> texts,
			Integer version, Minutes conflict) {
		if (!viewer.canManage(meeting.mechanismId())) {
			throw viewer.isMemberOf(meeting.mechanismId()) ? new org.hamkori.shared.web.ForbiddenException()
					: new NotFoundException();
		}
		model.addAttribute("meeting", meeting);
		model.addAttribute("language", language);
		model.addAttribute("agenda", MeetingController.accepted(this.meetings.agenda(meeting.id())));
		model.addAttribute("texts", texts);
		model.addAttribute("version", version);
		model.addAttribute("conflict", conflict);
		model.addAttribute("locked", meeting.status() == MeetingStatus.MINUTES_ADOPTED);
		return "meetings/minutes-edit";
	}

	/** A text per language of the meeting, "" for a language not sent. */
	private static LocalizedText texts(Map<String, String> sent, Meeting meeting) {
		Map<String, String> values = new LinkedHashMap<>();
		for (String language : meeting.languageList()) {
			values.put(language, MinutesForms.value(sent, language));
		}
		return LocalizedText.of(values);
	}

	static boolean canAdopt(Viewer viewer, Meeting meeting) {
		return viewer.canManage(meeting.mechanismId())
				|| viewer.hasRole(meeting.mechanismId(), MembershipRole.CHAIR, MembershipRole.CO_CHAIR);
	}

	static List<String> keys(Meeting meeting) {
		return meeting.languageList();
	}

}
