package org.hamkori.accounts.web;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.hamkori.accounts.SecondFactorSignIn;
import org.hamkori.accounts.TwoFactor;
import org.hamkori.shared.security.Viewer;
import org.hamkori.shared.web.ForbiddenException;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The second factor: enrolling and turning it off on one's profile (secretariats and
 * admins), and the code step of signing in (decision 0040).
 */
@Controller
class TwoFactorController {

	/** The secret being enrolled, kept in the session until a code confirms it. */
	static final String ENROLLING = TwoFactorController.class.getName() + ".SECRET";

	private final TwoFactor twoFactor;

	private final SecondFactorSignIn signIn;

	TwoFactorController(TwoFactor twoFactor, SecondFactorSignIn signIn) {
		this.twoFactor = twoFactor;
		this.signIn = signIn;
	}

	@GetMapping("/profile/two-factor")
	String page(Viewer viewer, HttpSession session, Model model) {
		if (!this.twoFactor.mayEnrol(viewer)) {
			throw new ForbiddenException();
		}
		boolean enrolled = this.twoFactor.enrolled(viewer.userId());
		model.addAttribute("enrolled", enrolled);
		if (enrolled) {
			model.addAttribute("codesLeft", this.twoFactor.recoveryCodesLeft(viewer.userId()));
		}
		if (!enrolled) {
			String secret = (session.getAttribute(ENROLLING) instanceof String s) ? s : this.twoFactor.newSecret();
			session.setAttribute(ENROLLING, secret);
			model.addAttribute("secret", secret);
			model.addAttribute("uri", this.twoFactor.uri(secret, viewer.actor()));
			model.addAttribute("qr", this.twoFactor.qrImage(secret, viewer.actor()));
		}
		return "accounts/two-factor";
	}

	@PostMapping("/profile/two-factor/enable")
	String enable(@RequestParam(defaultValue = "") String code, Viewer viewer, HttpSession session, Model model,
			RedirectAttributes redirect) {
		String secret = (session.getAttribute(ENROLLING) instanceof String s) ? s : null;
		Optional<List<String>> codes = this.twoFactor.enable(viewer, secret, code);
		if (codes.isPresent()) {
			session.removeAttribute(ENROLLING);
			redirect.addFlashAttribute("recoveryCodes", codes.get());
			return "redirect:/profile/two-factor?enabled";
		}
		model.addAttribute("codeWrong", true);
		return page(viewer, session, model);
	}

	@PostMapping("/profile/two-factor/recovery-codes")
	String regenerate(@RequestParam(defaultValue = "") String code, Viewer viewer, HttpSession session, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		List<String> codes = new ArrayList<>();
		return switch (this.twoFactor.regenerate(viewer, code, codes)) {
			case RIGHT -> {
				redirect.addFlashAttribute("recoveryCodes", codes);
				yield "redirect:/profile/two-factor?regenerated";
			}
			case WAIT -> throttled(viewer, session, model, response);
			case WRONG -> wrong(viewer, session, model);
		};
	}

	@PostMapping("/profile/two-factor/disable")
	String disable(@RequestParam(defaultValue = "") String code, Viewer viewer, HttpSession session, Model model,
			HttpServletResponse response) {
		return switch (this.twoFactor.disable(viewer, code)) {
			case RIGHT -> "redirect:/profile/two-factor?disabled";
			case WAIT -> throttled(viewer, session, model, response);
			case WRONG -> wrong(viewer, session, model);
		};
	}

	private String wrong(Viewer viewer, HttpSession session, Model model) {
		model.addAttribute("codeWrong", true);
		return page(viewer, session, model);
	}

	private String throttled(Viewer viewer, HttpSession session, Model model, HttpServletResponse response) {
		response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
		model.addAttribute("codeWait", seconds(this.twoFactor.codeDelay(viewer.userId())));
		return page(viewer, session, model);
	}

	private static long seconds(Duration delay) {
		return Math.max(1, (delay.toMillis() + 999) / 1000);
	}

	@GetMapping("/login/code")
	String codeForm(HttpServletRequest request) {
		return this.signIn.awaiting(request) ? "accounts/login-code" : "redirect:/login?expired";
	}

	@PostMapping("/login/code")
	String code(@RequestParam(defaultValue = "") String code, HttpServletRequest request, HttpServletResponse response,
			Model model) {
		return switch (this.signIn.complete(request, response, code)) {
			case SIGNED_IN -> "redirect:" + this.signIn.landing(request, response);
			case LOCKED -> "redirect:/login?locked";
			case EXPIRED -> "redirect:/login?expired";
			case WRONG -> {
				model.addAttribute("codeWrong", true);
				yield "accounts/login-code";
			}
			case THROTTLED -> {
				response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
				response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(seconds(this.signIn.codeDelay(request))));
				model.addAttribute("codeWait", seconds(this.signIn.codeDelay(request)));
				yield "accounts/login-code";
			}
		};
	}

}
