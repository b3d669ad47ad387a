package org.hamkori.meetings.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.validation.Valid;
import org.hamkori.directory.Directory;
import org.hamkori.directory.Mechanism;
import org.hamkori.meetings.AgendaItem;
import org.hamkori.meetings.AgendaItemForm;
import org.hamkori.meetings.AgendaKind;
import org.hamkori.meetings.Invitation;
import org.hamkori.meetings.Meeting;
import org.hamkori.meetings.MeetingForm;
import org.hamkori.meetings.MeetingPlanning;
import org.hamkori.meetings.MeetingStatus;
import org.hamkori.meetings.MeetingType;
import org.hamkori.meetings.Meetings;
import org.hamkori.shared.i18n.Languages;
import org.hamkori.shared.security.Viewer;
import org.hamkori.shared.web.NotFoundException;
import org.hamkori.shared.web.Paging;
import org.hamkori.shared.rules.RuleErrors;
import org.hamkori.shared.web.TypedInput;
import org.hamkori.shared.rules.RuleViolation;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A mechanism's meetings: upcoming and past lists, the month calendar, planning a
 * meeting, and one meeting's page with its agenda and the secretariat's next steps.
 */
@Controller
class MeetingController {

	private static final int PAGE_SIZE = 20;

	private final Meetings meetings;

	private final MeetingPlanning planning;

	private final AgendaModel agendaModel;

	private final Directory directory;

	private final Clock clock;

	MeetingController(Meetings meetings, MeetingPlanning planning, AgendaModel agendaModel, Directory directory,
			Clock clock) {
		this.clock = clock;
		this.meetings = meetings;
		this.planning = planning;
		this.agendaModel = agendaModel;
		this.directory = directory;
	}

	@GetMapping("/mechanisms/{code}/meetings")
	String list(@PathVariable String code, @RequestParam(defaultValue = "1") int page, Viewer viewer, Model model) {
		Mechanism mechanism = this.meetings.mechanism(viewer, code);
		List<Meeting> past = this.meetings.past(mechanism.id(), viewer);
		Paging<Meeting> paging = Paging.of(past, page, PAGE_SIZE);
		model.addAttribute("mechanism", mechanism);
		model.addAttribute("upcoming", this.meetings.upcoming(mechanism.id(), viewer));
		model.addAttribute("past", paging.items());
		model.addAttribute("page", paging.page());
		model.addAttribute("pages", paging.pages());
		model.addAttribute("canManage", viewer.canManage(mechanism.id()));
		return "meetings/list";
	}

	@GetMapping("/mechanisms/{code}/meetings/calendar")
	String calendar(@PathVariable String code, @RequestParam(required = false) String month, Viewer viewer,
			Model model) {
		Mechanism mechanism = this.meetings.mechanism(viewer, code);
		YearMonth shown;
		try {
			shown = (month != null) ? YearMonth.parse(month)
					: YearMonth.now(this.clock.withZone(ZoneId.of(mechanism.timeZone())));
		}
		catch (DateTimeParseException ex) {
			shown = YearMonth.now(this.clock.withZone(ZoneId.of(mechanism.timeZone())));
		}
		Map<LocalDate, List<Meeting>> byDay = new LinkedHashMap<>();
		for (Meeting m : this.meetings.ofMechanism(mechanism.id(), viewer)) {
			if (YearMonth.from(m.startsLocal()).equals(shown)) {
				byDay.computeIfAbsent(m.startsLocal().toLocalDate(), (d) -> new ArrayList<>()).add(m);
			}
		}
		List<List<LocalDate>> weeks = new ArrayList<>();
		LocalDate day = shown.atDay(1).minusDays(shown.atDay(1).getDayOfWeek().getValue() - 1);
		while (!day.isAfter(shown.atEndOfMonth())) {
			List<LocalDate> week = new ArrayList<>();
			for (int i = 0; i < 7; i++) {
				week.add(day);
				day = day.plusDays(1);
			}
			weeks.add(week);
		}
		model.addAttribute("mechanism", mechanism);
		model.addAttribute("month", shown);
		model.addAttribute("weeks", weeks);
		model.addAttribute("byDay", byDay);
		model.addAttribute("previous", shown.minusMonths(1));
		model.addAttribute("next", shown.plusMonths(1));
		return "meetings/calendar";
	}

	@GetMapping("/mechanisms/{code}/meetings/new")
	String newMeeting(@PathVariable String code, Viewer viewer, Model model) {
		Mechanism mechanism = managedMechanism(code, viewer);
		LocalDateTime start = LocalDate.now(this.clock.withZone(ZoneId.of(mechanism.timeZone())))
			.plusDays(14)
			.atTime(LocalTime.of(10, 0));
		MeetingType type = mechanism.regional() ? MeetingType.REGIONAL : MeetingType.ORDINARY;
		return form(model, mechanism, null, MeetingForm.empty(type, mechanism.timeZone(), start, List.of("ru", "en")),
				false);
	}

	@PostMapping("/mechanisms/{code}/meetings")
	String create(@PathVariable String code, @Valid @ModelAttribute("form") MeetingForm form, BindingResult errors,
			Viewer viewer, Model model) {
		Mechanism mechanism = managedMechanism(code, viewer);
		if (errors.hasErrors()) {
			return form(model, mechanism, null, form, false);
		}
		try {
			Meeting meeting = this.planning.create(viewer, code, form);
			return "redirect:/meetings/" + meeting.id() + "?created";
		}
		catch (RuleViolation ex) {
			RuleErrors.reject(errors, ex);
			return form(model, mechanism, null, form, false);
		}
	}

	@GetMapping("/meetings/{id}")
	String show(@PathVariable UUID id, Viewer viewer, Model model) {
		Meeting meeting = this.meetings.visible(viewer, id);
		this.agendaModel.addMeeting(model, meeting, viewer);
		model.addAttribute("newItem", AgendaItemForm.empty());
		model.addAttribute("kinds", AgendaKind.values());
		return "meetings/meeting";
	}

	@GetMapping("/meetings/{id}/edit")
	String edit(@PathVariable UUID id, Viewer viewer, Model model) {
		Meeting meeting = this.meetings.visible(viewer, id);
		Mechanism mechanism = managedMechanism(mechanismCode(meeting), viewer);
		return form(model, mechanism, meeting,
				MeetingForm.of(meeting, meeting.title().isEmpty() ? "" : this.text(meeting)), false);
	}

	@PostMapping("/meetings/{id}")
	String update(@PathVariable UUID id, @Valid @ModelAttribute("form") MeetingForm form, BindingResult errors,
			Viewer viewer, Model model) {
		Meeting meeting = this.meetings.visible(viewer, id);
		Mechanism mechanism = managedMechanism(mechanismCode(meeting), viewer);
		if (errors.hasErrors()) {
			return form(model, mechanism, meeting, form, false);
		}
		try {
			this.planning.update(viewer, id, form);
			return "redirect:/meetings/" + id + "?saved";
		}
		catch (RuleViolation ex) {
			RuleErrors.reject(errors, ex);
			return form(model, mechanism, meeting, form, false);
		}
		catch (OptimisticLockingFailureException ex) {
			Meeting current = this.meetings.visible(viewer, id);
			return form(model, mechanism, current,
					new MeetingForm(form.type(), form.title(), form.startsAt(), form.endsAt(), form.timeZone(),
							form.venue(), form.onlineLink(), form.languages(), current.version()),
					true);
		}
	}

	@PostMapping("/meetings/{id}/announce")
	String announce(@PathVariable UUID id, @Valid @ModelAttribute MeetingStepForms.Version form, BindingResult errors,
			Viewer viewer) {
		TypedInput.require(errors);
		return step(id, () -> this.planning.announce(viewer, id, form.version()), "announced");
	}

	@PostMapping("/meetings/{id}/held")
	String held(@PathVariable UUID id, @Valid @ModelAttribute MeetingStepForms.Version form, BindingResult errors,
			Viewer viewer) {
		TypedInput.require(errors);
		return step(id, () -> this.planning.markHeld(viewer, id, form.version()), "held");
	}

	@GetMapping("/meetings/{id}/cancel")
	String confirmCancel(@PathVariable UUID id, Viewer viewer, Model model) {
		Meeting meeting = this.planning.managedMeeting(viewer, id);
		model.addAttribute("meeting", meeting);
		return "meetings/cancel";
	}

	@PostMapping("/meetings/{id}/cancel")
	String cancel(@PathVariable UUID id, @Valid @ModelAttribute("form") MeetingStepForms.Cancel form,
			BindingResult errors, Viewer viewer, Model model) {
		TypedInput.require(errors);
		Meeting meeting = this.planning.managedMeeting(viewer, id);
		try {
			this.planning.cancel(viewer, id, form.reason(), form.version());
			return "redirect:/meetings/" + id + "?cancelled";
		}
		catch (RuleViolation ex) {
			RuleErrors.reject(errors, ex);
			model.addAttribute("meeting", meeting);
			model.addAttribute("reason", form.reason());
			return "meetings/cancel";
		}
	}

	private String step(UUID id, Runnable action, String done) {
		try {
			action.run();
			return "redirect:/meetings/" + id + "?" + done;
		}
		catch (RuleViolation ex) {
			return "redirect:/meetings/" + id + "?problem=" + ex.messageKey();
		}
		catch (OptimisticLockingFailureException ex) {
			return "redirect:/meetings/" + id + "?problem=meeting.error.changed";
		}
	}

	private String text(Meeting meeting) {
		return meeting.title().in(org.springframework.context.i18n.LocaleContextHolder.getLocale());
	}

	private String form(Model model, Mechanism mechanism, Meeting meeting, MeetingForm form, boolean conflict) {
		model.addAttribute("mechanism", mechanism);
		model.addAttribute("meeting", meeting);
		model.addAttribute("form", form);
		model.addAttribute("types", MeetingType.values());
		model.addAttribute("languageCodes", Languages.CODES);
		model.addAttribute("zones", List.of("Asia/Almaty", "Asia/Bishkek", "Asia/Dushanbe", "Asia/Tashkent",
				"Asia/Aqtobe", "Europe/Moscow", "Europe/Geneva", "UTC"));
		model.addAttribute("conflict", conflict);
		return "meetings/form";
	}

	private String mechanismCode(Meeting meeting) {
		return this.directory.mechanism(meeting.mechanismId()).map(Mechanism::code).orElseThrow(NotFoundException::new);
	}

	private Mechanism managedMechanism(String code, Viewer viewer) {
		Mechanism mechanism = this.meetings.mechanism(viewer, code);
		if (!viewer.canManage(mechanism.id())) {
			throw new org.hamkori.shared.web.ForbiddenException();
		}
		return mechanism;
	}

	static List<AgendaItem> accepted(List<AgendaItem> items) {
		return items.stream().filter((i) -> i.status() == org.hamkori.meetings.AgendaStatus.ACCEPTED).toList();
	}

	static boolean answerable(Meeting meeting, Invitation invitation) {
		return invitation != null && meeting.status() == MeetingStatus.ANNOUNCED;
	}

}
