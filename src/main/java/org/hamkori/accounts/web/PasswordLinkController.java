package org.hamkori.accounts.web;

import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.hamkori.accounts.PasswordLinks;
import org.hamkori.accounts.PasswordRecovery;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * "Forgot password" and the page an e-mailed link opens to set a password (decision
 * 0040). Both are public; the link's token is the credential.
 */
@Controller
class PasswordLinkController {

	private final PasswordRecovery recovery;

	private final PasswordLinks links;

	PasswordLinkController(PasswordRecovery recovery, PasswordLinks links) {
		this.recovery = recovery;
		this.links = links;
	}

	record ForgotForm(
			@NotBlank(message = "{validation.required}") @Size(max = 254, message = "{validation.size.max}") @Pattern(
					regexp = "^$|^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$", message = "{validation.email}") String email) {
	}

	record NewPasswordForm(@NotBlank(message = "{validation.required}") String password,
			@NotBlank(message = "{validation.required}") String confirmation) {
	}

	@GetMapping("/password/forgot")
	String forgot(Model model) {
		model.addAttribute("form", new ForgotForm(""));
		return "accounts/password-forgot";
	}

	@PostMapping("/password/forgot")
	String requestLink(@Valid @ModelAttribute("form") ForgotForm form, BindingResult errors, HttpServletRequest request,
			HttpServletResponse response) {
		if (errors.hasErrors()) {
			return "accounts/password-forgot";
		}
		if (this.recovery.request(form.email(), request.getRemoteAddr()) == PasswordRecovery.Answer.THROTTLED) {
			response.setStatus(429);
			return "accounts/password-throttled";
		}
		return "accounts/password-sent";
	}

	@GetMapping("/password/set/{token}")
	String setForm(@PathVariable String token, Model model, HttpServletResponse response) {
		if (this.links.account(token).isEmpty()) {
			return invalid(response);
		}
		model.addAttribute("form", new NewPasswordForm("", ""));
		return page(model, token);
	}

	@PostMapping("/password/set/{token}")
	String set(@PathVariable String token, @Valid @ModelAttribute("form") NewPasswordForm form, BindingResult errors,
			Model model, HttpServletResponse response) {
		if (this.links.account(token).isEmpty()) {
			return invalid(response);
		}
		if (!errors.hasErrors() && !form.password().equals(form.confirmation())) {
			errors.rejectValue("confirmation", "validation.password.mismatch");
		}
		if (!errors.hasErrors()) {
			Optional<String> problem = this.links.setPassword(token, form.password());
			if (problem.isEmpty()) {
				return "redirect:/login?passwordSet";
			}
			if ("password.link.invalid".equals(problem.get())) {
				return invalid(response);
			}
			errors.rejectValue("password", problem.get());
		}
		return page(model, token);
	}

	private static String page(Model model, String token) {
		model.addAttribute("token", token);
		return "accounts/password-set";
	}

	private static String invalid(HttpServletResponse response) {
		response.setStatus(HttpServletResponse.SC_GONE);
		return "accounts/password-link-invalid";
	}

}
