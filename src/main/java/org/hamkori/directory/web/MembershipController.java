package org.hamkori.directory.web;

import java.util.UUID;

import jakarta.validation.Valid;

import org.hamkori.directory.Directory;
import org.hamkori.directory.EndMembershipForm;
import org.hamkori.directory.Mechanism;
import org.hamkori.directory.Membership;
import org.hamkori.directory.MembershipChangeForm;
import org.hamkori.directory.MembershipForm;
import org.hamkori.directory.MembershipManagement;
import org.hamkori.shared.security.MembershipRole;
import org.hamkori.shared.security.Viewer;
import org.hamkori.shared.web.ForbiddenException;
import org.hamkori.shared.web.NotFoundException;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/** The secretariat seats, corrects and ends memberships of its own mechanism. */
@Controller
class MembershipController {

	private final Directory directory;

	private final MembershipManagement management;

	MembershipController(Directory directory, MembershipManagement management) {
		this.directory = directory;
		this.management = management;
	}

	@GetMapping("/mechanisms/{code}/memberships/new")
	String newMembership(@PathVariable String code, Viewer viewer, Model model) {
		Mechanism mechanism = managedMechanism(code, viewer);
		return form(model, mechanism, MembershipForm.empty(this.directory.today()));
	}

	@PostMapping("/mechanisms/{code}/memberships")
	String create(@PathVariable String code, @Valid @ModelAttribute("form") MembershipForm form, BindingResult errors,
			Viewer viewer, Model model) {
		Mechanism mechanism = managedMechanism(code, viewer);
		if (errors.hasErrors()) {
			return form(model, mechanism, form);
		}
		this.management.start(viewer, code, form);
		return "redirect:/mechanisms/" + mechanism.code() + "?saved";
	}

	@GetMapping("/memberships/{id}/edit")
	String edit(@PathVariable UUID id, Viewer viewer, Model model) {
		Membership membership = managedMembership(id, viewer);
		return editForm(model, membership, MembershipChangeForm.of(membership), false);
	}

	@PostMapping("/memberships/{id}")
	String update(@PathVariable UUID id, @Valid @ModelAttribute("form") MembershipChangeForm form, BindingResult errors,
			Viewer viewer, Model model) {
		Membership membership = managedMembership(id, viewer);
		if (errors.hasErrors()) {
			return editForm(model, membership, form, false);
		}
		try {
			this.management.change(viewer, id, form);
		}
		catch (OptimisticLockingFailureException ex) {
			Membership current = this.directory.membership(id).orElseThrow(NotFoundException::new);
			return editForm(model, current,
					new MembershipChangeForm(form.role(), form.validFrom(), form.validTo(), current.version()), true);
		}
		return "redirect:/mechanisms/" + mechanismOf(membership).code() + "?saved";
	}

	@GetMapping("/memberships/{id}/end")
	String confirmEnd(@PathVariable UUID id, Viewer viewer, Model model) {
		Membership membership = managedMembership(id, viewer);
		return endForm(model, membership, new EndMembershipForm(this.directory.today(), "", membership.version()),
				false);
	}

	@PostMapping("/memberships/{id}/end")
	String end(@PathVariable UUID id, @Valid @ModelAttribute("form") EndMembershipForm form, BindingResult errors,
			Viewer viewer, Model model) {
		Membership membership = managedMembership(id, viewer);
		if (form.endOn() != null && form.endOn().isBefore(membership.validFrom())) {
			errors.rejectValue("endOn", "validation.membership.dates");
		}
		if (errors.hasErrors()) {
			return endForm(model, membership, form, false);
		}
		try {
			this.management.end(viewer, id, form);
		}
		catch (OptimisticLockingFailureException ex) {
			Membership current = this.directory.membership(id).orElseThrow(NotFoundException::new);
			return endForm(model, current, new EndMembershipForm(form.endOn(), form.reason(), current.version()), true);
		}
		return "redirect:/mechanisms/" + mechanismOf(membership).code() + "?ended";
	}

	private String form(Model model, Mechanism mechanism, MembershipForm form) {
		model.addAttribute("mechanism", mechanism);
		model.addAttribute("form", form);
		model.addAttribute("roles", MembershipRole.values());
		model.addAttribute("organisations", this.directory.organisations());
		return "directory/membership-new";
	}

	private String editForm(Model model, Membership membership, MembershipChangeForm form, boolean conflict) {
		addContext(model, membership);
		model.addAttribute("form", form);
		model.addAttribute("roles", MembershipRole.values());
		model.addAttribute("conflict", conflict);
		return "directory/membership-edit";
	}

	private String endForm(Model model, Membership membership, EndMembershipForm form, boolean conflict) {
		addContext(model, membership);
		model.addAttribute("form", form);
		model.addAttribute("conflict", conflict);
		return "directory/membership-end";
	}

	private void addContext(Model model, Membership membership) {
		model.addAttribute("membership", membership);
		model.addAttribute("mechanism", mechanismOf(membership));
		model.addAttribute("person", this.directory.person(membership.personId()).orElseThrow());
		model.addAttribute("organisation", this.directory.organisation(membership.organisationId()).orElseThrow());
	}

	private Mechanism managedMechanism(String code, Viewer viewer) {
		Mechanism mechanism = this.directory.mechanismOrThrow(code);
		requireManager(viewer, mechanism);
		return mechanism;
	}

	private Membership managedMembership(UUID id, Viewer viewer) {
		Membership membership = this.directory.membership(id).orElseThrow(NotFoundException::new);
		requireManager(viewer, mechanismOf(membership));
		return membership;
	}

	private Mechanism mechanismOf(Membership membership) {
		return this.directory.mechanism(membership.mechanismId()).orElseThrow(NotFoundException::new);
	}

	private static void requireManager(Viewer viewer, Mechanism mechanism) {
		if (!viewer.canManage(mechanism.id())) {
			throw viewer.isMemberOf(mechanism.id()) ? new ForbiddenException() : new NotFoundException();
		}
	}

}
