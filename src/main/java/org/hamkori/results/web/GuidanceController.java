package org.hamkori.results.web;

import java.util.List;
import java.util.UUID;

import org.hamkori.programmes.ProgrammeRef;
import org.hamkori.results.Guidance;
import org.hamkori.results.ResultsFramework;
import org.hamkori.results.Workplan;
import org.hamkori.shared.security.Viewer;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The activities a record of a mechanism guides, as a fragment the record's page loads
 * through hx-get, so the meetings and issues modules show it without depending on this
 * one; and the programme's share of guided activities, for the programme's page.
 */
@Controller
class GuidanceController {

	private final Guidance guidance;

	private final ResultsFramework framework;

	private final Workplan workplan;

	GuidanceController(Guidance guidance, ResultsFramework framework, Workplan workplan) {
		this.guidance = guidance;
		this.framework = framework;
		this.workplan = workplan;
	}

	@GetMapping("/results/guided")
	String guided(@RequestParam String record, @RequestParam(defaultValue = "false") boolean nested, Viewer viewer,
			Model model) {
		String code = this.guidance.visibleCode(record, viewer).orElse(null);
		model.addAttribute("record", code);
		model.addAttribute("nested", nested);
		model.addAttribute("guided", (code != null) ? this.guidance.activitiesOf(code, viewer) : List.of());
		List<ProgrammeRef> editable = (code != null) ? this.guidance.editableProgrammes(viewer) : List.of();
		model.addAttribute("editable", editable);
		return "results/guided :: guided";
	}

	/** "Activities guided by the mechanisms: x of y" for the programme's page. */
	@GetMapping("/programmes/{id}/guidance")
	String share(@PathVariable UUID id, Viewer viewer, Model model) {
		ProgrammeRef programme = this.framework.programme(id, viewer);
		model.addAttribute("programme", programme);
		model.addAttribute("guidedShare", this.guidance.share(id, this.workplan.activities(id, null, null, viewer)));
		return "results/guided :: share";
	}

}
