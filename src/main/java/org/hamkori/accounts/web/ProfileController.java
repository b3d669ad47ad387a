package org.hamkori.accounts.web;

import java.time.Duration;
import java.util.Optional;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.hamkori.accounts.AccountManagement;
import org.hamkori.accounts.ApiTokenService;
import org.hamkori.directory.Directory;
import org.hamkori.directory.MembershipManagement;
import org.hamkori.shared.security.Viewer;
import org.hamkori.shared.web.NotFoundException;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A user's own page: who they are, where they sit, their password and their API tokens.
 */
@Controller
class ProfileController {

	private final AccountManagement accounts;

	private final ApiTokenService tokens;

	private final Directory directory;

	private final java.time.Clock clock;

	private final org.hamkori.accounts.TwoFactor twoFactor;

	private final MembershipManagement memberships;

	ProfileController(AccountManagement accounts, ApiTokenService tokens, Directory directory, java.time.Clock clock,
			org.hamkori.accounts.TwoFactor twoFactor, MembershipManagement memberships) {
		this.memberships = memberships;
		this.twoFactor = twoFactor;
		this.clock = clock;
		this.accounts = accounts;
		this.tokens = tokens;
		this.directory = directory;
	}

	record PasswordForm(@NotBlank(message = "{validation.required}") String current,
			@NotBlank(message = "{validation.required}") String replacement, String confirmation) {
	}

	record TokenForm(@NotBlank(message = "{validation.required}") @Size(max = 100,
			message = "{validation.size.max}") String name, UUID mechanismId, Integer days) {
	}

	@GetMapping("/profile")
	String profile(Viewer viewer, Model model) {
		return page(viewer, model, new PasswordForm("", "", ""), new TokenForm("", null, 90));
	}

	@PostMapping("/profile/password")
	String changePassword(@Valid @ModelAttribute("passwordForm") PasswordForm form, BindingResult errors, Viewer viewer,
			Model model) {
		if (!errors.hasErrors() && !form.replacement().equals(form.confirmation())) {
			errors.rejectValue("confirmation", "validation.password.mismatch");
		}
		if (!errors.hasErrors()) {
			Optional<String> problem = this.accounts.changePassword(viewer.userId(), form.current(),
					form.replacement());
			if (problem.isEmpty()) {
				return "redirect:/login?passwordChanged";
			}
			errors.rejectValue(problem.get().equals("validation.password.current") ? "current" : "replacement",
					problem.get());
		}
		return page(viewer, model, new PasswordForm("", "", ""), new TokenForm("", null, 90));
	}

	@PostMapping("/profile/tokens")
	String createToken(@Valid @ModelAttribute("tokenForm") TokenForm form, BindingResult errors, Viewer viewer,
			Model model, RedirectAttributes redirect) {
		if (form.mechanismId() != null && !viewer.isMemberOf(form.mechanismId())) {
			errors.rejectValue("mechanismId", "validation.invalid");
		}
		int days = (form.days() == null) ? 90 : form.days();
		if (days != 30 && days != 90 && days != 365) {
			errors.rejectValue("days", "validation.invalid");
		}
		if (errors.hasErrors()) {
			return page(viewer, model, new PasswordForm("", "", ""), form);
		}
		ApiTokenService.Issued issued = this.tokens.issue(viewer.userId(), viewer.actor(), form.name().strip(),
				form.mechanismId(), Duration.ofDays(days));
		redirect.addFlashAttribute("newToken", issued.secret());
		return "redirect:/profile#tokens";
	}

	/**
	 * The person's own consent to be named on the public portal (an unticked box sends
	 * nothing).
	 */
	@PostMapping("/profile/listing")
	String publicListing(@RequestParam(name = "publicListing", required = false) Boolean publicListing, Viewer viewer) {
		this.memberships.setOwnPublicListing(viewer, Boolean.TRUE.equals(publicListing));
		return "redirect:/profile#listing";
	}

	@PostMapping("/profile/tokens/{id}/revoke")
	String revoke(@PathVariable UUID id, Viewer viewer) {
		this.tokens.revoke(viewer, id);
		return "redirect:/profile#tokens";
	}

	private String page(Viewer viewer, Model model, PasswordForm passwordForm, TokenForm tokenForm) {
		var account = this.accounts.account(viewer.userId()).orElseThrow(NotFoundException::new);
		model.addAttribute("account", account);
		model.addAttribute("person",
				(account.personId() != null) ? this.directory.person(account.personId()).orElse(null) : null);
		model.addAttribute("seats", viewer.seats());
		model.addAttribute("mayEnrolSecondFactor", this.twoFactor.mayEnrol(viewer));
		model.addAttribute("tokens", this.tokens.tokensOf(viewer.userId()));
		model.addAttribute("now", this.clock.instant());
		if (!model.containsAttribute("passwordForm")) {
			model.addAttribute("passwordForm", passwordForm);
		}
		if (!model.containsAttribute("tokenForm")) {
			model.addAttribute("tokenForm", tokenForm);
		}
		return "accounts/profile";
	}

}
