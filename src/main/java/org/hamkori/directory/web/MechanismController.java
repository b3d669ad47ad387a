package org.hamkori.directory.web;

import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.hamkori.directory.Directory;
import org.hamkori.directory.MemberList.Filter;
import org.hamkori.directory.Mechanism;
import org.hamkori.directory.web.MemberPage.Part;
import org.hamkori.directory.OrganisationType;
import org.hamkori.shared.security.MembershipRole;
import org.hamkori.shared.security.Viewer;
import org.hamkori.shared.security.Visibility;
import org.hamkori.shared.web.HtmxRequests;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The list of coordination mechanisms, and each mechanism's members grouped by
 * institution.
 */
@Controller
class MechanismController {

	private final Directory directory;

	private final MemberPage page;

	MechanismController(Directory directory, MemberPage page) {
		this.directory = directory;
		this.page = page;
	}

	@GetMapping("/mechanisms")
	String mechanisms(Model model) {
		model.addAttribute("mechanisms", this.directory.mechanisms());
		model.addAttribute("countries", this.directory.countries());
		return "directory/mechanisms";
	}

	@GetMapping("/mechanisms/{code}")
	String members(@PathVariable String code, @RequestParam(required = false) String q,
			@RequestParam(required = false) MembershipRole role, @RequestParam(required = false) OrganisationType type,
			@RequestParam(defaultValue = "false") boolean history, Viewer viewer, Locale locale, Model model,
			HttpServletRequest request, HttpServletResponse response) {
		Mechanism mechanism = this.directory.mechanismOrThrow(code);
		Filter filter = new Filter((q != null && !q.isBlank()) ? q.strip() : null, role, type, history);
		Part part = HtmxRequests.isHtmx(request) ? Part.RESULTS : Part.CONTENT;
		model.addAttribute("mechanism", mechanism);
		model.addAttribute("membersOnlyContent", viewer.canSee(mechanism.id(), Visibility.MEMBERS, List.of()));
		model.addAttribute("html",
				this.page.render(part, viewer, mechanism, filter, this.directory.today(), locale, request, response));
		return (part == Part.RESULTS) ? "directory/member-html" : "directory/members";
	}

}
