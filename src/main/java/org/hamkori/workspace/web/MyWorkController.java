package org.hamkori.workspace.web;

import org.hamkori.shared.security.Viewer;
import org.hamkori.workspace.MyWork;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The start page after signing in. Opening it records the visit (a read receipt, the same
 * on every reload within a visit), so the next visit lists what changed since.
 */
@Controller
class MyWorkController {

	private final MyWork work;

	MyWorkController(MyWork work) {
		this.work = work;
	}

	@GetMapping("/my-work")
	String show(Viewer viewer, Model model) {
		model.addAttribute("work", this.work.open(viewer));
		return "workspace/my-work";
	}

}
