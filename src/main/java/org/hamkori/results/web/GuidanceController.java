package org.hamkori.results.web;

import org.hamkori.results.Guidance;
import org.hamkori.shared.security.Viewer;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The activities a record of a mechanism guides, as a fragment the record's page loads
 * through hx-get, so the meetings and issues modules show it without depending on this
 * one.
 */
@Controller
class GuidanceController {

	private final Guidance guidance;

	GuidanceController(Guidance guidance) {
		this.guidance = guidance;
	}

	@GetMapping("/results/guided")
	String guided(@RequestParam String record, Viewer viewer, Model model) {
		model.addAttribute("guided", this.guidance.activitiesOf(record, viewer));
		return "results/guided :: guided";
	}

}
