package org.hamkori.meetings.web;

import java.util.Locale;
import java.util.UUID;

import jakarta.validation.Valid;
import org.hamkori.meetings.Invitation;
import org.hamkori.meetings.Meeting;
import org.hamkori.meetings.MeetingCalendar;
import org.hamkori.meetings.MeetingStatus;
import org.hamkori.meetings.Meetings;
import org.hamkori.meetings.Rsvp;
import org.hamkori.shared.rules.RuleErrors;
import org.hamkori.shared.rules.RuleViolation;
import org.hamkori.shared.security.Viewer;
import org.hamkori.shared.web.NotFoundException;
import org.hamkori.shared.web.TypedInput;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * Answering invitations (from the e-mail's signed link, no login needed, or in the app),
 * the invitation as an .ics file, and each user's private calendar address.
 */
@Controller
class InvitationController {

	static final MediaType CALENDAR = MediaType.parseMediaType("text/calendar;charset=UTF-8");

	private final Rsvp rsvp;

	private final Meetings meetings;

	private final MeetingCalendar calendar;

	InvitationController(Rsvp rsvp, Meetings meetings, MeetingCalendar calendar) {
		this.rsvp = rsvp;
		this.meetings = meetings;
		this.calendar = calendar;
	}

	@GetMapping("/rsvp/{token}")
	String answerPage(@PathVariable String token, Model model) {
		Invitation invitation = this.rsvp.byToken(token);
		return answerPage(model, token, invitation);
	}

	@PostMapping("/rsvp/{token}")
	String answerByLink(@PathVariable String token, @Valid @ModelAttribute("form") MeetingStepForms.Answer form,
			BindingResult errors, Model model) {
		TypedInput.require(errors);
		Invitation invitation = this.rsvp.byToken(token);
		try {
			this.rsvp.answerByToken(token, form.response(), form.substituteName());
			return "redirect:/rsvp/" + token + "?answered";
		}
		catch (RuleViolation ex) {
			RuleErrors.reject(errors, ex);
			model.addAttribute("substituteName", form.substituteName());
			return answerPage(model, token, invitation);
		}
	}

	@PostMapping("/meetings/{id}/rsvp")
	String answerInApp(@PathVariable UUID id, @Valid @ModelAttribute MeetingStepForms.Answer form, BindingResult errors,
			Viewer viewer) {
		TypedInput.require(errors);
		this.meetings.visible(viewer, id);
		try {
			this.rsvp.answerAsViewer(viewer, id, form.response(), form.substituteName());
			return "redirect:/meetings/" + id + "?answered";
		}
		catch (RuleViolation ex) {
			return "redirect:/meetings/" + id + "?problem=" + ex.messageKey();
		}
	}

	@GetMapping("/meetings/{id}/invitation.ics")
	ResponseEntity<String> ics(@PathVariable UUID id, Viewer viewer) {
		Meeting meeting = this.meetings.visible(viewer, id);
		if (meeting.status() == MeetingStatus.DRAFT) {
			throw new NotFoundException();
		}
		return calendarFile(this.calendar.download(meeting, LocaleContextHolder.getLocale()),
				"meeting-" + this.meetings.code(meeting).replace('/', '-') + ".ics");
	}

	@GetMapping("/calendar/{token}.ics")
	ResponseEntity<String> feed(@PathVariable String token) {
		Viewer reader = this.rsvp.feedViewer(token).orElseThrow(NotFoundException::new);
		return ResponseEntity.ok()
			.contentType(CALENDAR)
			.cacheControl(CacheControl.noStore())
			.body(this.calendar.feed(this.meetings.calendarOf(reader), Locale.ENGLISH));
	}

	@GetMapping("/meetings/calendar-feeds")
	String feeds(Viewer viewer, Model model) {
		model.addAttribute("feeds", this.rsvp.feedsOf(viewer));
		model.addAttribute("rsvp", this.rsvp);
		return "meetings/feeds";
	}

	@PostMapping("/meetings/calendar-feeds")
	String createFeed(Viewer viewer) {
		try {
			this.rsvp.createFeed(viewer);
			return "redirect:/meetings/calendar-feeds?created";
		}
		catch (RuleViolation ex) {
			return "redirect:/meetings/calendar-feeds?problem=" + ex.messageKey();
		}
	}

	@PostMapping("/meetings/calendar-feeds/{feedId}/revoke")
	String revokeFeed(@PathVariable UUID feedId, Viewer viewer) {
		this.rsvp.revokeFeed(viewer, feedId);
		return "redirect:/meetings/calendar-feeds?revoked";
	}

	private String answerPage(Model model, String token, Invitation invitation) {
		Meeting meeting = this.meetings.find(invitation.meetingId()).orElseThrow(NotFoundException::new);
		model.addAttribute("token", token);
		model.addAttribute("invitation", invitation);
		model.addAttribute("meeting", meeting);
		model.addAttribute("responses", new Invitation.Response[] { Invitation.Response.ACCEPTED,
				Invitation.Response.DECLINED, Invitation.Response.SUBSTITUTE });
		return "meetings/rsvp";
	}

	static ResponseEntity<String> calendarFile(String ics, String name) {
		return ResponseEntity.ok()
			.contentType(CALENDAR)
			.cacheControl(CacheControl.noStore())
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
			.body(ics);
	}

}
