package org.hamkori.meetings.web;

import java.util.UUID;

import org.hamkori.meetings.MeetingPublication;
import org.hamkori.shared.security.Viewer;
import org.hamkori.shared.security.Visibility;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The secretariat marks a meeting (and its adopted summary) public or members-only. */
@Controller
class MeetingPublicationController {

	private final MeetingPublication publication;

	MeetingPublicationController(MeetingPublication publication) {
		this.publication = publication;
	}

	@PostMapping("/meetings/{id}/visibility")
	String mark(@PathVariable UUID id, @RequestParam Visibility visibility, Viewer viewer) {
		this.publication.markMeeting(viewer, id, visibility);
		return "redirect:/meetings/" + id + "?visibilitySaved";
	}

}
