package org.hamkori.accounts.web;

import java.util.UUID;

import jakarta.validation.Valid;

import org.hamkori.accounts.AccountManagement;
import org.hamkori.accounts.TwoFactor;
import org.hamkori.accounts.NewUserForm;
import org.hamkori.directory.Directory;
import org.hamkori.shared.security.Viewer;
import org.hamkori.shared.web.ForbiddenException;
import org.hamkori.shared.web.NotFoundException;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Platform admins open accounts for people of the directory and disable or re-enable
 * them.
 */
@Controller
class UserAdminController {

	static final int PAGE_SIZE = 25;

	private final AccountManagement accounts;

	private final Directory directory;

	private final TwoFactor twoFactor;

	UserAdminController(AccountManagement accounts, Directory directory, TwoFactor twoFactor) {
		this.accounts = accounts;
		this.directory = directory;
		this.twoFactor = twoFactor;
	}

	@GetMapping("/admin/users")
	String list(@RequestParam(required = false) String q, @RequestParam(defaultValue = "1") int page, Viewer viewer,
			Model model) {
		requireAdmin(viewer);
		var accounts = this.accounts.accounts(q, Math.max(page, 1) - 1, PAGE_SIZE);
		model.addAttribute("accounts", accounts);
		model.addAttribute("q", q);
		model.addAttribute("page", accounts.getNumber() + 1);
		model.addAttribute("pages", Math.max(1, accounts.getTotalPages()));
		return "accounts/users";
	}

	@GetMapping("/admin/users/new")
	String newUser(Viewer viewer, Model model) {
		requireAdmin(viewer);
		return form(model, NewUserForm.empty());
	}

	@PostMapping("/admin/users")
	String create(@Valid @ModelAttribute("form") NewUserForm form, BindingResult errors, Viewer viewer, Model model) {
		requireAdmin(viewer);
		if (form.personId() != null && this.directory.person(form.personId()).isEmpty()) {
			errors.rejectValue("personId", "validation.invalid");
		}
		if (!errors.hasErrors()) {
			var problem = this.accounts.create(viewer.actor(), form);
			if (problem.isEmpty()) {
				return "redirect:/admin/users?created";
			}
			errors.rejectValue(problem.get().getKey(), problem.get().getValue());
		}
		return form(model, form);
	}

	@GetMapping("/admin/users/{id}/disable")
	String confirmDisable(@PathVariable UUID id, Viewer viewer, Model model) {
		requireAdmin(viewer);
		model.addAttribute("account", this.accounts.account(id).orElseThrow(NotFoundException::new));
		return "accounts/user-disable";
	}

	@PostMapping("/admin/users/{id}/disable")
	String disable(@PathVariable UUID id, Viewer viewer) {
		requireAdmin(viewer);
		if (id.equals(viewer.userId())) {
			throw new ForbiddenException();
		}
		this.accounts.setEnabled(viewer.actor(), id, false);
		return "redirect:/admin/users?disabled";
	}

	@PostMapping("/admin/users/{id}/enable")
	String enable(@PathVariable UUID id, Viewer viewer) {
		requireAdmin(viewer);
		this.accounts.setEnabled(viewer.actor(), id, true);
		return "redirect:/admin/users";
	}

	/**
	 * Confirms turning off the second factor of someone who lost their phone and codes.
	 */
	@GetMapping("/admin/users/{id}/two-factor/reset")
	String confirmTwoFactorReset(@PathVariable UUID id, Viewer viewer, Model model) {
		requireAdmin(viewer);
		model.addAttribute("account", this.accounts.account(id).orElseThrow(NotFoundException::new));
		model.addAttribute("enrolled", this.twoFactor.enrolled(id));
		return "accounts/user-two-factor-reset";
	}

	@PostMapping("/admin/users/{id}/two-factor/reset")
	String resetTwoFactor(@PathVariable UUID id, Viewer viewer) {
		requireAdmin(viewer);
		this.accounts.account(id).orElseThrow(NotFoundException::new);
		this.twoFactor.reset(viewer, id);
		return "redirect:/admin/users?factorReset";
	}

	/** Forgets the login throttle's counts of the account, from every address. */
	@PostMapping("/admin/users/{id}/unlock")
	String unlock(@PathVariable UUID id, Viewer viewer) {
		requireAdmin(viewer);
		this.accounts.unlockSignIn(viewer.actor(), id);
		return "redirect:/admin/users?unlocked";
	}

	private String form(Model model, NewUserForm form) {
		model.addAttribute("form", form);
		model.addAttribute("people", this.directory.people());
		return "accounts/user-new";
	}

	private static void requireAdmin(Viewer viewer) {
		if (!viewer.admin()) {
			throw new ForbiddenException();
		}
	}

}
