package org.hamkori.notifications.web;

import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;

import org.hamkori.notifications.Follows;
import org.hamkori.shared.security.Viewer;
import org.hamkori.shared.web.HtmxRequests;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The follow button, a fragment the pages of issues, meetings, data sets, actions and
 * library documents load through hx-get ({@code /follow/button?type=issue&id=…}), so
 * their modules do not depend on this one. Its forms post with htmx and get the fragment
 * back; without JavaScript they return to the record's page.
 */
@Controller
class FollowController {

	private final Follows follows;

	FollowController(Follows follows) {
		this.follows = follows;
	}

	@GetMapping("/follow/button")
	String button(@RequestParam String type, @RequestParam UUID id, Viewer viewer, Model model) {
		return show(this.follows.state(viewer, type, id), model, null);
	}

	@PostMapping("/follow")
	String follow(@RequestParam String type, @RequestParam UUID id, Viewer viewer, Model model,
			HttpServletRequest request) {
		return answer(this.follows.follow(viewer, type, id), model, request, "follow.done");
	}

	@PostMapping("/follow/stop")
	String unfollow(@RequestParam String type, @RequestParam UUID id, Viewer viewer, Model model,
			HttpServletRequest request) {
		return answer(this.follows.unfollow(viewer, type, id), model, request, "follow.stopped");
	}

	@PostMapping("/follow/institution")
	String followAsInstitution(@RequestParam String type, @RequestParam UUID id, @RequestParam UUID organisation,
			Viewer viewer, Model model, HttpServletRequest request) {
		return answer(this.follows.followAsInstitution(viewer, type, id, organisation), model, request,
				"follow.institution.done");
	}

	@PostMapping("/follow/institution/stop")
	String stopInstitution(@RequestParam String type, @RequestParam UUID id, @RequestParam UUID organisation,
			Viewer viewer, Model model, HttpServletRequest request) {
		return answer(this.follows.stopInstitution(viewer, type, id, organisation), model, request,
				"follow.institution.stopped");
	}

	private String answer(Follows.State state, Model model, HttpServletRequest request, String notice) {
		if (HtmxRequests.isHtmx(request)) {
			return show(state, model, notice);
		}
		return "redirect:" + state.record().url();
	}

	private static String show(Follows.State state, Model model, String notice) {
		model.addAttribute("follow", state);
		model.addAttribute("notice", notice);
		return "notifications/follow :: button";
	}

}
