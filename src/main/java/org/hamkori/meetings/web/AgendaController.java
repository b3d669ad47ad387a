package org.hamkori.meetings.web;

import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import org.hamkori.meetings.AgendaItem;
import org.hamkori.meetings.AgendaItemForm;
import org.hamkori.meetings.AgendaKind;
import org.hamkori.meetings.Meeting;
import org.hamkori.meetings.MeetingAgenda;
import org.hamkori.meetings.MeetingPlanning;
import org.hamkori.meetings.Meetings;
import org.hamkori.shared.security.Viewer;
import org.hamkori.shared.web.NotFoundException;
import org.hamkori.shared.rules.RuleErrors;
import org.hamkori.shared.rules.RuleViolation;
import org.hamkori.shared.web.TypedInput;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.server.ResponseStatusException;

/**
 * The agenda: the secretariat adds, edits, orders (by buttons, keys or dragging) and
 * removes items and decides on members' proposals; members propose items.
 */
@Controller
class AgendaController {

	private final Meetings meetings;

	private final MeetingPlanning planning;

	private final MeetingAgenda agenda;

	private final AgendaModel agendaModel;

	AgendaController(Meetings meetings, MeetingPlanning planning, MeetingAgenda agenda, AgendaModel agendaModel) {
		this.meetings = meetings;
		this.planning = planning;
		this.agenda = agenda;
		this.agendaModel = agendaModel;
	}

	@PostMapping("/meetings/{id}/agenda")
	String add(@PathVariable UUID id, @Valid @ModelAttribute("newItem") AgendaItemForm form, BindingResult errors,
			Viewer viewer, Model model) {
		Meeting meeting = this.meetings.visible(viewer, id);
		if (!errors.hasErrors()) {
			try {
				AgendaItem item = this.agenda.addItem(viewer, id, form);
				return "redirect:/meetings/" + id + "?"
						+ ((item.status() == org.hamkori.meetings.AgendaStatus.PROPOSED) ? "proposed" : "itemAdded")
						+ "#agenda";
			}
			catch (RuleViolation ex) {
				RuleErrors.reject(errors, ex);
			}
		}
		this.agendaModel.addMeeting(model, meeting, viewer);
		model.addAttribute("kinds", AgendaKind.values());
		return "meetings/meeting";
	}

	@GetMapping("/agenda/{itemId}/edit")
	String edit(@PathVariable UUID itemId, Viewer viewer, Model model) {
		AgendaItem item = item(itemId);
		Meeting meeting = this.planning.managedMeeting(viewer, item.meetingId());
		return editForm(model, meeting, item, AgendaItemForm.of(item), false);
	}

	@PostMapping("/agenda/{itemId}")
	String update(@PathVariable UUID itemId, @Valid @ModelAttribute("form") AgendaItemForm form, BindingResult errors,
			Viewer viewer, Model model) {
		AgendaItem item = item(itemId);
		Meeting meeting = this.planning.managedMeeting(viewer, item.meetingId());
		if (errors.hasErrors()) {
			return editForm(model, meeting, item, form, false);
		}
		try {
			this.agenda.updateItem(viewer, itemId, form);
			return "redirect:/meetings/" + meeting.id() + "?itemSaved#agenda";
		}
		catch (RuleViolation ex) {
			RuleErrors.reject(errors, ex);
			return editForm(model, meeting, item, form, false);
		}
		catch (OptimisticLockingFailureException ex) {
			AgendaItem current = item(itemId);
			return editForm(model, meeting, current,
					new AgendaItemForm(form.titleEn(), form.titleRu(), form.titleTg(), form.titleUz(), form.titleKk(),
							form.titleKy(), form.kind(), form.presenterOrganisationId(), form.presenterPersonId(),
							form.durationMinutes(), current.version()),
					true);
		}
	}

	@PostMapping("/agenda/{itemId}/accept")
	String accept(@PathVariable UUID itemId, Viewer viewer) {
		AgendaItem item = item(itemId);
		return step(item, () -> this.agenda.accept(viewer, itemId), "itemAccepted");
	}

	@GetMapping("/agenda/{itemId}/decline")
	String confirmDecline(@PathVariable UUID itemId, Viewer viewer, Model model) {
		AgendaItem item = item(itemId);
		model.addAttribute("meeting", this.planning.managedMeeting(viewer, item.meetingId()));
		model.addAttribute("item", item);
		model.addAttribute("form", new AgendaForms.Decline(null));
		return "meetings/agenda-decline";
	}

	@PostMapping("/agenda/{itemId}/decline")
	String decline(@PathVariable UUID itemId, @Valid @ModelAttribute("form") AgendaForms.Decline form,
			BindingResult errors, Viewer viewer, Model model) {
		AgendaItem item = item(itemId);
		Meeting meeting = this.planning.managedMeeting(viewer, item.meetingId());
		try {
			this.agenda.decline(viewer, itemId, form.reason());
			return "redirect:/meetings/" + meeting.id() + "?itemDeclined#agenda";
		}
		catch (RuleViolation ex) {
			RuleErrors.reject(errors, ex);
			model.addAttribute("meeting", meeting);
			model.addAttribute("item", item);
			return "meetings/agenda-decline";
		}
	}

	/**
	 * Up or down by one; htmx swaps the agenda in place and keeps focus on the moved
	 * item.
	 */
	@PostMapping("/agenda/{itemId}/move")
	String move(@PathVariable UUID itemId, @Valid @ModelAttribute AgendaForms.Move form, BindingResult errors,
			Viewer viewer, Model model, @RequestHeader(value = "HX-Request", required = false) String htmx) {
		if (form.direction() == null) {
			// the buttons always send it, as a required request parameter it was
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
		}
		AgendaItem item = item(itemId);
		try {
			this.agenda.move(viewer, itemId, "up".equals(form.direction()) ? -1 : 1);
		}
		catch (RuleViolation ex) {
			return "redirect:/meetings/" + item.meetingId() + "?problem=" + ex.messageKey();
		}
		return agendaOrRedirect(item.meetingId(), viewer, model, htmx, itemId);
	}

	/** The whole order at once, as the ids of the accepted items after a drag. */
	@PostMapping("/meetings/{id}/agenda/order")
	String reorder(@PathVariable UUID id, @Valid @ModelAttribute AgendaForms.Order form, BindingResult errors,
			Viewer viewer, Model model, @RequestHeader(value = "HX-Request", required = false) String htmx) {
		TypedInput.require(errors);
		try {
			this.agenda.reorder(viewer, id, (form.item() != null) ? form.item() : List.of());
		}
		catch (RuleViolation ex) {
			return "redirect:/meetings/" + id + "?problem=" + ex.messageKey();
		}
		return agendaOrRedirect(id, viewer, model, htmx, null);
	}

	@GetMapping("/agenda/{itemId}/delete")
	String confirmDelete(@PathVariable UUID itemId, Viewer viewer, Model model) {
		AgendaItem item = item(itemId);
		model.addAttribute("meeting", this.planning.managedMeeting(viewer, item.meetingId()));
		model.addAttribute("item", item);
		return "meetings/agenda-delete";
	}

	@PostMapping("/agenda/{itemId}/delete")
	String delete(@PathVariable UUID itemId, Viewer viewer) {
		AgendaItem item = item(itemId);
		return step(item, () -> this.agenda.removeItem(viewer, itemId), "itemRemoved");
	}

	private String agendaOrRedirect(UUID meetingId, Viewer viewer, Model model, String htmx, UUID focus) {
		if (htmx == null) {
			return "redirect:/meetings/" + meetingId + "#agenda";
		}
		this.agendaModel.addMeeting(model, this.meetings.visible(viewer, meetingId), viewer);
		model.addAttribute("focus", focus);
		return "meetings/meeting :: agenda";
	}

	private String step(AgendaItem item, Runnable action, String done) {
		try {
			action.run();
			return "redirect:/meetings/" + item.meetingId() + "?" + done + "#agenda";
		}
		catch (RuleViolation ex) {
			return "redirect:/meetings/" + item.meetingId() + "?problem=" + ex.messageKey();
		}
	}

	private String editForm(Model model, Meeting meeting, AgendaItem item, AgendaItemForm form, boolean conflict) {
		this.agendaModel.addMeeting(model, meeting, org.hamkori.shared.security.Viewer.anonymous());
		model.addAttribute("item", item);
		model.addAttribute("form", form);
		model.addAttribute("kinds", AgendaKind.values());
		model.addAttribute("conflict", conflict);
		return "meetings/agenda-edit";
	}

	private AgendaItem item(UUID itemId) {
		return this.meetings.agendaItem(itemId).orElseThrow(NotFoundException::new);
	}

}
