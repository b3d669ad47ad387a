package org.hamkori.accounts.web;

import java.util.Locale;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.hamkori.accounts.AccessRequestForm;
import org.hamkori.accounts.AccessRequests;
import org.hamkori.directory.Directory;
import org.hamkori.directory.Mechanism;
import org.hamkori.shared.i18n.Languages;
import org.hamkori.shared.rules.RuleErrors;
import org.hamkori.shared.rules.RuleViolation;
import org.hamkori.shared.security.MembershipRole;
import org.hamkori.shared.security.Viewer;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The public "ask for access" form, and the page where a mechanism's secretariat approves
 * or declines the requests for its mechanism (decision 0040).
 */
@Controller
class AccessRequestController {

	private final AccessRequests requests;

	private final Directory directory;

	AccessRequestController(AccessRequests requests, Directory directory) {
		this.requests = requests;
		this.directory = directory;
	}

	record DeclineForm(@NotBlank(message = "{validation.required}") @Size(max = 2000,
			message = "{validation.size.max}") String reason) {
	}

	record ApproveForm(@NotNull(message = "{validation.required}") UUID organisationId,
			@NotNull(message = "{validation.required}") MembershipRole role) {
	}

	@GetMapping("/access/request")
	String form(Locale locale, Model model) {
		String language = Languages.isSupported(locale.getLanguage()) ? locale.getLanguage() : "ru";
		return form(model, AccessRequestForm.empty(language));
	}

	@PostMapping("/access/request")
	String submit(@Valid @ModelAttribute("form") AccessRequestForm form, BindingResult errors, Model model,
			HttpServletRequest request, HttpServletResponse response) {
		if (errors.hasErrors()) {
			return form(model, form);
		}
		try {
			if (this.requests.submit(form, request.getRemoteAddr()) == AccessRequests.Answer.THROTTLED) {
				response.setStatus(429);
				return "accounts/password-throttled";
			}
		}
		catch (RuleViolation ex) {
			RuleErrors.reject(errors, ex);
			return form(model, form);
		}
		return "accounts/access-sent";
	}

	@GetMapping("/mechanisms/{code}/access-requests")
	String pending(@PathVariable String code, Viewer viewer, Model model) {
		Mechanism mechanism = this.directory.mechanismOrThrow(code);
		model.addAttribute("requests", this.requests.pending(viewer, mechanism));
		model.addAttribute("mechanism", mechanism);
		model.addAttribute("organisations", this.directory.organisations());
		model.addAttribute("roles", MembershipRole.values());
		return "accounts/access-requests";
	}

	@PostMapping("/access-requests/{id}/approve")
	String approve(@PathVariable UUID id, @Valid ApproveForm form, BindingResult errors, Viewer viewer,
			RedirectAttributes redirect) {
		if (errors.hasErrors()) {
			throw new org.hamkori.shared.web.NotFoundException();
		}
		Mechanism mechanism = this.requests.approve(viewer, id, form.organisationId(), form.role());
		return "redirect:/mechanisms/" + mechanism.code() + "/access-requests?approved";
	}

	@PostMapping("/access-requests/{id}/decline")
	String decline(@PathVariable UUID id, @Valid DeclineForm form, BindingResult errors, Viewer viewer) {
		if (errors.hasErrors()) {
			// the reason is required: back to the list, which says so
			return "redirect:/mechanisms/" + this.requests.mechanismOf(viewer, id).code()
					+ "/access-requests?reasonMissing=" + id;
		}
		Mechanism mechanism = this.requests.decline(viewer, id, form.reason());
		return "redirect:/mechanisms/" + mechanism.code() + "/access-requests?declined";
	}

	private String form(Model model, AccessRequestForm form) {
		model.addAttribute("form", form);
		model.addAttribute("mechanisms", this.directory.mechanisms());
		model.addAttribute("roles", AccessRequestForm.ROLES);
		return "accounts/access-request";
	}

}
