package org.hamkori.meetings.web;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.validation.Valid;
import org.hamkori.directory.Directory;
import org.hamkori.directory.Membership;
import org.hamkori.directory.Organisation;
import org.hamkori.meetings.Attendance;
import org.hamkori.meetings.AttendanceRegister;
import org.hamkori.meetings.Meeting;
import org.hamkori.meetings.Meetings;
import org.hamkori.shared.rules.RuleErrors;
import org.hamkori.shared.rules.RuleViolation;
import org.hamkori.shared.security.Viewer;
import org.hamkori.shared.web.NotFoundException;
import org.hamkori.shared.web.TypedInput;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/** The attendance register of a held meeting, its counts and quorum. */
@Controller
class AttendanceController {

	private final Meetings meetings;

	private final AttendanceRegister register;

	private final Directory directory;

	AttendanceController(Meetings meetings, AttendanceRegister register, Directory directory) {
		this.meetings = meetings;
		this.register = register;
		this.directory = directory;
	}

	@GetMapping("/meetings/{id}/attendance")
	String show(@PathVariable UUID id, Viewer viewer, Model model) {
		Meeting meeting = this.meetings.visible(viewer, id);
		return page(model, meeting, viewer);
	}

	@PostMapping("/meetings/{id}/attendance/members")
	String recordMembers(@PathVariable UUID id, @Valid @ModelAttribute("membersForm") MeetingStepForms.Members form,
			BindingResult errors, Viewer viewer, Model model) {
		TypedInput.require(errors);
		Meeting meeting = this.meetings.visible(viewer, id);
		List<UUID> people = form.person();
		try {
			if (people == null || people.isEmpty()) {
				throw new RuleViolation("person", "attendance.error.nobody");
			}
			for (UUID person : people) {
				this.register.recordMember(viewer, id, person);
			}
		}
		catch (RuleViolation ex) {
			RuleErrors.reject(errors, ex);
			return page(model, meeting, viewer);
		}
		return "redirect:/meetings/" + id + "/attendance?recorded";
	}

	@PostMapping("/meetings/{id}/attendance/substitutes")
	String recordSubstitute(@PathVariable UUID id,
			@Valid @ModelAttribute("substituteForm") MeetingStepForms.Substitute form, BindingResult errors,
			Viewer viewer, Model model) {
		TypedInput.require(errors);
		Meeting meeting = this.meetings.visible(viewer, id);
		try {
			this.register.recordSubstitute(viewer, id, form.fullName(), form.sex(), form.substituteFor());
		}
		catch (RuleViolation ex) {
			RuleErrors.reject(errors, ex);
			model.addAttribute("fullName", form.fullName());
			return page(model, meeting, viewer);
		}
		return "redirect:/meetings/" + id + "/attendance?recorded";
	}

	@PostMapping("/attendance/{attendanceId}/delete")
	String remove(@PathVariable UUID attendanceId, @Valid @ModelAttribute MeetingStepForms.Remove form,
			BindingResult errors, Viewer viewer) {
		UUID meeting = TypedInput.required(errors, form.meeting());
		try {
			this.register.remove(viewer, attendanceId);
		}
		catch (RuleViolation ex) {
			return "redirect:/meetings/" + meeting + "/attendance?problem=" + ex.messageKey();
		}
		return "redirect:/meetings/" + meeting + "/attendance?removed";
	}

	private String page(Model model, Meeting meeting, Viewer viewer) {
		List<Attendance> present = this.register.of(meeting.id());
		Set<UUID> here = present.stream().map(Attendance::personId).collect(Collectors.toSet());
		Map<UUID, Organisation> organisations = this.directory.organisationsById();
		Map<UUID, String> names = new LinkedHashMap<>();
		List<Membership> seats = this.register.currentSeats(meeting.mechanismId());
		seats.sort(Comparator.comparing((Membership m) -> organisationName(organisations, m.organisationId())));
		this.directory.peopleById(seats.stream().map(Membership::personId).toList())
			.values()
			.forEach((p) -> names.put(p.id(), p.fullName()));
		model.addAttribute("meeting", meeting);
		model.addAttribute("present", present);
		model.addAttribute("absentSeats", seats.stream().filter((m) -> !here.contains(m.personId())).toList());
		model.addAttribute("seats", seats);
		model.addAttribute("names", names);
		model.addAttribute("organisations", organisations);
		model.addAttribute("summary", this.register.summary(meeting));
		model.addAttribute("canManage", viewer.canManage(meeting.mechanismId()));
		return "meetings/attendance";
	}

	private static String organisationName(Map<UUID, Organisation> organisations, UUID id) {
		Organisation o = organisations.get(id);
		if (o == null) {
			throw new NotFoundException();
		}
		return (o.acronym() != null) ? o.acronym() : o.name().toString();
	}

}
