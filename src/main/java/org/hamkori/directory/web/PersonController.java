package org.hamkori.directory.web;

import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;

import org.hamkori.directory.Directory;
import org.hamkori.directory.Membership;
import org.hamkori.directory.MembershipManagement;
import org.hamkori.directory.Person;
import org.hamkori.directory.PersonForm;
import org.hamkori.shared.security.Viewer;
import org.hamkori.shared.web.ForbiddenException;
import org.hamkori.shared.web.NotFoundException;
import org.hamkori.shared.web.TypedInput;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/** A person's page: where they sit, and their contacts when the viewer may see them. */
@Controller
class PersonController {

	private final Directory directory;

	private final MembershipManagement management;

	PersonController(Directory directory, MembershipManagement management) {
		this.directory = directory;
		this.management = management;
	}

	@GetMapping("/people/{id}")
	String show(@PathVariable UUID id, Viewer viewer, Model model) {
		Person person = this.directory.person(id).orElseThrow(NotFoundException::new);
		List<Membership> seats = this.directory.membershipsOfPerson(id);
		model.addAttribute("person", person);
		model.addAttribute("seats", seats);
		model.addAttribute("contactsVisible", viewer.canSeeContactsOf(this.directory.currentMechanismsOf(id)));
		model.addAttribute("canEdit", this.management.canEditPerson(viewer, id));
		model.addAttribute("mechanisms", this.directory.mechanismsById());
		model.addAttribute("organisations", this.directory.organisationsById());
		model.addAttribute("today", this.directory.today());
		return "directory/person";
	}

	@GetMapping("/people/{id}/edit")
	String edit(@PathVariable UUID id, Viewer viewer, Model model) {
		Person person = editable(id, viewer);
		return form(model, person, PersonForm.of(person), person.version(), false);
	}

	@PostMapping("/people/{id}")
	String update(@PathVariable UUID id, @Valid @ModelAttribute("form") PersonForm form, BindingResult errors,
			@ModelAttribute("read") VersionForm read, BindingResult readErrors, Viewer viewer, Model model) {
		Integer version = TypedInput.required(readErrors, read.version());
		Person person = editable(id, viewer);
		if (form.fullName() == null || form.fullName().isBlank()) {
			errors.rejectValue("fullName", "validation.required");
		}
		if (errors.hasErrors()) {
			return form(model, person, form, version, false);
		}
		try {
			this.management.updatePerson(viewer, id, form, version);
		}
		catch (OptimisticLockingFailureException ex) {
			Person current = this.directory.person(id).orElseThrow(NotFoundException::new);
			return form(model, current, form, current.version(), true);
		}
		return "redirect:/people/" + id;
	}

	private String form(Model model, Person person, PersonForm form, Integer version, boolean conflict) {
		model.addAttribute("person", person);
		model.addAttribute("form", form);
		model.addAttribute("version", version);
		model.addAttribute("conflict", conflict);
		return "directory/person-edit";
	}

	private Person editable(UUID id, Viewer viewer) {
		Person person = this.directory.person(id).orElseThrow(NotFoundException::new);
		if (!this.management.canEditPerson(viewer, id)) {
			throw new ForbiddenException();
		}
		return person;
	}

}
