package org.hamkori.directory.web;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.hamkori.directory.Directory;
import org.hamkori.directory.MemberList.Filter;
import org.hamkori.directory.Mechanism;
import org.hamkori.directory.OrganisationType;
import org.hamkori.shared.security.MembershipRole;
import org.hamkori.shared.security.Viewer;
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

	private final MemberResults results;

	private final FilterOptions options;

	MechanismController(Directory directory, MemberResults results, FilterOptions options) {
		this.directory = directory;
		this.results = results;
		this.options = options;
	}

	@GetMapping({ "/", "/mechanisms" })
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
		model.addAttribute("results",
				this.results.render(viewer, mechanism, filter, this.directory.today(), locale, request, response));
		if (HtmxRequests.isHtmx(request)) {
			return "directory/member-results-only";
		}
		model.addAttribute("mechanism", mechanism);
		model.addAttribute("filter", filter);
		model.addAttribute("canManage", viewer.canManage(mechanism.id()));
		model.addAttribute("roles", this.options.roles(role, locale));
		model.addAttribute("types", this.options.types(type, locale));
		return "directory/members";
	}

}
