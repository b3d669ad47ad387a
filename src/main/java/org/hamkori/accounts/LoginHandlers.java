package org.hamkori.accounts;

import java.io.IOException;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.hamkori.shared.i18n.Languages;
import org.hamkori.shared.security.Viewer;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.savedrequest.RequestCache;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.LocaleResolver;

/**
 * After a login, the interface switches to the user's remembered language, and the user
 * lands on the page they asked for, else on "My work" when they hold seats, else on the
 * list of mechanisms. After a failure (counted by
 * {@link ThrottledAuthenticationProvider}), unknown users and wrong passwords get the
 * same answer; an attempt the throttle held back is told to wait.
 */
@Component
class LoginHandlers implements AuthenticationSuccessHandler, AuthenticationFailureHandler {

	/** The start page of those who sit in a mechanism. */
	static final String MY_WORK = "/my-work";

	private final SavedRequestAwareAuthenticationSuccessHandler next = new SavedRequestAwareAuthenticationSuccessHandler();

	private final RequestCache savedRequests = new HttpSessionRequestCache();

	private final UserAccountRepository accounts;

	private final LocaleResolver locales;

	private final Viewers viewers;

	private final SecondFactorSignIn secondFactor;

	LoginHandlers(UserAccountRepository accounts, LocaleResolver locales, Viewers viewers,
			SecondFactorSignIn secondFactor) {
		this.secondFactor = secondFactor;
		this.accounts = accounts;
		this.locales = locales;
		this.viewers = viewers;
	}

	@Override
	public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
			Authentication authentication) throws IOException, jakarta.servlet.ServletException {
		java.util.Optional<UserAccount> account = this.accounts.findByUsernameIgnoreCase(authentication.getName());
		if (account.isPresent() && this.secondFactor.holdBack(request, account.get())) {
			// the password was right; the second factor's code is still to come
			response.sendRedirect(request.getContextPath() + "/login/code");
			return;
		}
		account.map(UserAccount::preferredLanguage)
			.filter(Languages::isSupported)
			.ifPresent((lang) -> this.locales.setLocale(request, response, Locale.forLanguageTag(lang)));
		if (this.savedRequests.getRequest(request, response) != null || account.isEmpty()) {
			this.next.onAuthenticationSuccess(request, response, authentication);
			return;
		}
		clearAuthenticationAttributes(request);
		response.sendRedirect(request.getContextPath() + landing(this.viewers.viewer(account.get(), null)));
	}

	/**
	 * Where a sign-in lands when no page was asked for: "My work" (decision 0038) for
	 * those who sit in a mechanism, the list of mechanisms for the others.
	 */
	static String landing(Viewer viewer) {
		return viewer.seats().isEmpty() ? "/" : MY_WORK;
	}

	private static void clearAuthenticationAttributes(HttpServletRequest request) {
		jakarta.servlet.http.HttpSession session = request.getSession(false);
		if (session != null) {
			session.removeAttribute(org.springframework.security.web.WebAttributes.AUTHENTICATION_EXCEPTION);
		}
	}

	@Override
	public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
			AuthenticationException exception) throws IOException {
		boolean delayed = exception instanceof ThrottledAuthenticationProvider.LoginDelayedException;
		response.sendRedirect(request.getContextPath() + (delayed ? "/login?locked" : "/login?error"));
	}

}
