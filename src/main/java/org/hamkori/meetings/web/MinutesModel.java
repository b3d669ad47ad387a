package org.hamkori.meetings.web;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.hamkori.meetings.AttendanceRegister;
import org.hamkori.meetings.Meeting;
import org.hamkori.meetings.MeetingStatus;
import org.hamkori.meetings.Meetings;
import org.hamkori.meetings.Minutes;
import org.hamkori.meetings.MinutesBook;
import org.hamkori.shared.security.Viewer;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** What the minutes page shows. */
@Component
class MinutesModel {

	private final Meetings meetings;

	private final MinutesBook book;

	private final AttendanceRegister register;

	private final ActionRows actions;

	private final org.hamkori.directory.Directory directory;

	MinutesModel(Meetings meetings, MinutesBook book, AttendanceRegister register, ActionRows actions,
			org.hamkori.directory.Directory directory) {
		this.directory = directory;
		this.meetings = meetings;
		this.book = book;
		this.register = register;
		this.actions = actions;
	}

	void add(Model model, Meeting meeting, Viewer viewer) {
		Map<String, Minutes> byLanguage = this.book.of(meeting.id())
			.stream()
			.collect(Collectors.toMap(Minutes::language, Function.identity()));
		model.addAttribute("meeting", meeting);
		model.addAttribute("agenda", MeetingController.accepted(this.meetings.agenda(meeting.id())));
		model.addAttribute("minutes", byLanguage);
		model.addAttribute("minutesLanguages", meeting.languageList());
		model.addAttribute("decisions", this.book.decisions(meeting.id()));
		model.addAttribute("comments", this.book.comments(meeting.id()));
		model.addAttribute("canManage", viewer.canManage(meeting.mechanismId()));
		model.addAttribute("canAdopt", MinutesController.canAdopt(viewer, meeting));
		model.addAttribute("locked", meeting.status() == MeetingStatus.MINUTES_ADOPTED);
		model.addAttribute("editable", meeting.status().isHeld() && meeting.status() != MeetingStatus.MINUTES_ADOPTED);
		model.addAttribute("laterMeetings",
				this.meetings.ofMechanism(meeting.mechanismId(), viewer)
					.stream()
					.filter((m) -> m.start().isAfter(meeting.start()) && m.status() != MeetingStatus.CANCELLED)
					.toList());
		model.addAttribute("summary", this.register.summary(meeting));
		model.addAttribute("decisionActions",
				this.book.decisions(meeting.id())
					.stream()
					.collect(Collectors.toMap((d) -> d.id(), (d) -> this.actions.ofDecision(d.id()))));
		model.addAttribute("today", this.directory.today());
		model.addAttribute("memberOrganisations",
				this.register.currentSeats(meeting.mechanismId())
					.stream()
					.map((m) -> m.organisationId())
					.distinct()
					.map((id) -> this.directory.organisationsById().get(id))
					.filter(java.util.Objects::nonNull)
					.toList());
		model.addAttribute("decisionNumbers",
				this.book.decisions(meeting.id())
					.stream()
					.collect(Collectors.toMap((d) -> d.id(), (d) -> this.book.decisionNumber(meeting, d))));
	}

	static List<UUID> ids(List<Minutes> minutes) {
		return minutes.stream().map(Minutes::id).toList();
	}

}
