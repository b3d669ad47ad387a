package org.hamkori.accounts.web;

import org.hamkori.accounts.AuditTrail;
import org.hamkori.directory.Directory;
import org.hamkori.directory.Mechanism;
import org.hamkori.shared.security.Viewer;
import org.hamkori.shared.web.ForbiddenException;
import org.hamkori.shared.web.NotFoundException;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The secretariat reads its own mechanism's audit trail, newest first, a page at a time.
 */
@Controller
class AuditController {

	private final AuditTrail trail;

	private final Directory directory;

	AuditController(AuditTrail trail, Directory directory) {
		this.trail = trail;
		this.directory = directory;
	}

	@GetMapping("/mechanisms/{code}/audit")
	String audit(@PathVariable String code, @RequestParam(defaultValue = "1") int page, Viewer viewer, Model model) {
		Mechanism mechanism = this.directory.mechanismOrThrow(code);
		if (!viewer.canManage(mechanism.id())) {
			throw viewer.isMemberOf(mechanism.id()) ? new ForbiddenException() : new NotFoundException();
		}
		var entries = this.trail.ofMechanism(mechanism.id(), Math.max(page, 1) - 1, 50);
		model.addAttribute("mechanism", mechanism);
		model.addAttribute("entries", entries);
		model.addAttribute("page", entries.getNumber() + 1);
		model.addAttribute("pages", Math.max(1, entries.getTotalPages()));
		return "accounts/audit";
	}

}
