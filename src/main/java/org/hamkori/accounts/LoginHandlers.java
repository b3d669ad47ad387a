package org.hamkori.accounts;

import java.io.IOException;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.hamkori.shared.i18n.Languages;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.LocaleResolver;

/**
 * After a login, the interface switches to the user's remembered language. After a
 * failure (counted by {@link ThrottledAuthenticationProvider}), unknown users and wrong
 * passwords get the same answer; an attempt the throttle held back is told to wait.
 */
@Component
class LoginHandlers implements AuthenticationSuccessHandler, AuthenticationFailureHandler {

	private final SavedRequestAwareAuthenticationSuccessHandler next = new SavedRequestAwareAuthenticationSuccessHandler();

	private final UserAccountRepository accounts;

	private final LocaleResolver locales;

	LoginHandlers(UserAccountRepository accounts, LocaleResolver locales) {
		this.accounts = accounts;
		this.locales = locales;
	}

	@Override
	public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
			Authentication authentication) throws IOException, jakarta.servlet.ServletException {
		this.accounts.findByUsernameIgnoreCase(authentication.getName())
			.map(UserAccount::preferredLanguage)
			.filter(Languages::isSupported)
			.ifPresent((lang) -> this.locales.setLocale(request, response, Locale.forLanguageTag(lang)));
		this.next.onAuthenticationSuccess(request, response, authentication);
	}

	@Override
	public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
			AuthenticationException exception) throws IOException {
		boolean delayed = exception instanceof ThrottledAuthenticationProvider.LoginDelayedException;
		response.sendRedirect(request.getContextPath() + (delayed ? "/login?locked" : "/login?error"));
	}

}
