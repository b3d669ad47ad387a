package org.hamkori.accounts;

import java.io.Serial;
import java.io.Serializable;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.hamkori.shared.i18n.Languages;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.savedrequest.SavedRequest;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.LocaleResolver;

/**
 * The second step of signing in for accounts with the second factor: the password alone
 * leaves the visitor signed out, with only a note in the session of whose code is awaited
 * (for five minutes); the right code then signs them in, under a new session id. Wrong
 * codes count in the {@link LoginThrottle} like wrong passwords, and per account in the
 * {@link CodeThrottle}; a one-time recovery code stands in for the app's code.
 */
@Component
public class SecondFactorSignIn {

	static final String PENDING = SecondFactorSignIn.class.getName() + ".PENDING";

	static final Duration PATIENCE = Duration.ofMinutes(5);

	/** How the code step ended. */
	public enum Outcome {

		SIGNED_IN, WRONG, LOCKED, EXPIRED, THROTTLED

	}

	/** What the session remembers between the two steps. */
	record Pending(UUID userId, String username, long sinceMillis) implements Serializable {

		@Serial
		private static final long serialVersionUID = 1L;

	}

	private final UserAccountRepository accounts;

	private final TwoFactor twoFactor;

	private final LoginThrottle throttle;

	private final LocaleResolver locales;

	private final Viewers viewers;

	private final Clock clock;

	SecondFactorSignIn(UserAccountRepository accounts, TwoFactor twoFactor, LoginThrottle throttle,
			LocaleResolver locales, Viewers viewers, Clock clock) {
		this.accounts = accounts;
		this.twoFactor = twoFactor;
		this.throttle = throttle;
		this.locales = locales;
		this.viewers = viewers;
		this.clock = clock;
	}

	/**
	 * After a right password: when the account has the second factor, undoes the sign-in,
	 * remembers whose code is awaited and returns true.
	 */
	boolean holdBack(HttpServletRequest request, UserAccount account) {
		if (!this.twoFactor.enrolled(account.id())) {
			return false;
		}
		SecurityContextHolder.clearContext();
		HttpSession session = request.getSession();
		session.removeAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
		session.setAttribute(PENDING, new Pending(account.id(), account.username(), this.clock.millis()));
		return true;
	}

	/** Whether a code is awaited in this session. */
	public boolean awaiting(HttpServletRequest request) {
		return pending(request) != null;
	}

	/** Checks the code; on success the visitor is signed in. */
	public Outcome complete(HttpServletRequest request, HttpServletResponse response, String code) {
		Pending pending = pending(request);
		if (pending == null) {
			return Outcome.EXPIRED;
		}
		String address = request.getRemoteAddr();
		if (this.throttle.isDelayed(pending.username(), address)) {
			return Outcome.LOCKED;
		}
		UserAccount account = this.accounts.findById(pending.userId()).filter(UserAccount::enabled).orElse(null);
		if (account == null) {
			request.getSession().removeAttribute(PENDING);
			return Outcome.EXPIRED;
		}
		switch (this.twoFactor.check(account.id(), code)) {
			case WAIT -> {
				return Outcome.THROTTLED;
			}
			case WRONG -> {
				this.throttle.failed(account.username(), address);
				return Outcome.WRONG;
			}
			case RIGHT -> {
			}
		}
		this.throttle.succeeded(account.username(), address);
		request.getSession().removeAttribute(PENDING);
		request.changeSessionId();
		AccountPrincipal principal = new AccountPrincipal(account);
		principal.eraseCredentials();
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(
				UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities()));
		SecurityContextHolder.setContext(context);
		new HttpSessionSecurityContextRepository().saveContext(context, request, response);
		if (Languages.isSupported(account.preferredLanguage())) {
			this.locales.setLocale(request, response, Locale.forLanguageTag(account.preferredLanguage()));
		}
		return Outcome.SIGNED_IN;
	}

	/** How long the awaited account must wait before its next code is checked. */
	public Duration codeDelay(HttpServletRequest request) {
		Pending pending = pending(request);
		return (pending != null) ? this.twoFactor.codeDelay(pending.userId()) : Duration.ZERO;
	}

	/**
	 * Where the visitor goes once signed in: the page asked for, else their start page.
	 */
	public String landing(HttpServletRequest request, HttpServletResponse response) {
		HttpSessionRequestCache cache = new HttpSessionRequestCache();
		SavedRequest saved = cache.getRequest(request, response);
		if (saved != null) {
			cache.removeRequest(request, response);
			return saved.getRedirectUrl();
		}
		var account = this.accounts
			.findByUsernameIgnoreCase(SecurityContextHolder.getContext().getAuthentication().getName());
		return request.getContextPath()
				+ account.map((a) -> LoginHandlers.landing(this.viewers.viewer(a, null))).orElse("/");
	}

	private Pending pending(HttpServletRequest request) {
		HttpSession session = request.getSession(false);
		if (session == null || !(session.getAttribute(PENDING) instanceof Pending pending)) {
			return null;
		}
		if (this.clock.millis() - pending.sinceMillis() > PATIENCE.toMillis()) {
			session.removeAttribute(PENDING);
			return null;
		}
		return pending;
	}

}
