package org.hamkori.issues.web;

import java.util.UUID;

import org.hamkori.issues.LoopPublication;
import org.hamkori.meetings.MeetingPublication;
import org.hamkori.shared.security.Viewer;
import org.hamkori.shared.security.Visibility;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The secretariat marks a decision, a recommendation or its country's answer to a
 * regional recommendation public or members-only (decision 0041); each change is audited
 * by the front door.
 */
@Controller
class PublicationController {

	private final MeetingPublication meetings;

	private final LoopPublication loop;

	PublicationController(MeetingPublication meetings, LoopPublication loop) {
		this.meetings = meetings;
		this.loop = loop;
	}

	@PostMapping("/decisions/{id}/visibility")
	String decision(@PathVariable UUID id, @RequestParam Visibility visibility, Viewer viewer) {
		this.meetings.markDecision(viewer, id, visibility);
		return "redirect:/decisions/" + id + "?visibilitySaved";
	}

	@PostMapping("/recommendations/{id}/visibility")
	String recommendation(@PathVariable UUID id, @RequestParam Visibility visibility, @RequestParam UUID issue,
			Viewer viewer) {
		this.loop.markRecommendation(viewer, id, visibility);
		return "redirect:/issues/" + issue + "?visibilitySaved#rec-" + id;
	}

	@PostMapping("/incoming/{id}/visibility")
	String answer(@PathVariable UUID id, @RequestParam Visibility visibility, @RequestParam UUID issue, Viewer viewer) {
		this.loop.markAnswer(viewer, id, visibility);
		return "redirect:/issues/" + issue + "?visibilitySaved";
	}

}
