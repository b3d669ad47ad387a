package org.hamkori.directory.web;

import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;

import org.hamkori.directory.Directory;
import org.hamkori.directory.MemberList;
import org.hamkori.directory.MemberList.Filter;
import org.hamkori.directory.MemberList.Member;
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

	private final MemberList memberList;

	MechanismController(Directory directory, MemberList memberList) {
		this.directory = directory;
		this.memberList = memberList;
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
			HttpServletRequest request) {
		Mechanism mechanism = this.directory.mechanismOrThrow(code);
		Filter filter = new Filter(q, role, type, history);
		List<Member> members = this.memberList.members(viewer, mechanism, filter);
		model.addAttribute("mechanism", mechanism);
		model.addAttribute("filter", filter);
		model.addAttribute("memberCount", members.size());
		model.addAttribute("institutions", this.memberList.institutions(members, locale));
		model.addAttribute("today", this.directory.today());
		model.addAttribute("canManage", viewer.canManage(mechanism.id()));
		model.addAttribute("roles", MembershipRole.values());
		model.addAttribute("types", OrganisationType.values());
		return HtmxRequests.isHtmx(request) ? "directory/members :: results" : "directory/members";
	}

}
