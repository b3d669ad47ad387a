package org.hamkori.accounts;

import java.io.Serial;
import java.time.Duration;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * The login throttle inside the authentication itself: before any password is checked,
 * {@link LoginThrottle} is asked whether this account from this address must wait; a
 * failure counts, a success forgets the count of that account and address. Because it
 * sits here and not in front of a URL, every spelling of the login URL that Spring
 * Security accepts ({@code /l%6fgin}, {@code //login}) meets the same throttle.
 */
class ThrottledAuthenticationProvider implements AuthenticationProvider {

	private final AuthenticationProvider passwords;

	private final LoginThrottle throttle;

	ThrottledAuthenticationProvider(AuthenticationProvider passwords, LoginThrottle throttle) {
		this.passwords = passwords;
		this.throttle = throttle;
	}

	@Override
	public Authentication authenticate(Authentication authentication) {
		String username = authentication.getName();
		String address = address(authentication);
		Duration delay = this.throttle.delay(username, address);
		if (!delay.isZero()) {
			throw new LoginDelayedException(delay);
		}
		try {
			Authentication result = this.passwords.authenticate(authentication);
			if (result != null) {
				this.throttle.succeeded(username, address);
			}
			return result;
		}
		catch (AuthenticationException ex) {
			this.throttle.failed(username, address);
			throw ex;
		}
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
	}

	/**
	 * The connection's address as the servlet container gives it (behind a proxy, the one
	 * the container's trusted forwarding rules derive), never a header read here.
	 */
	private static String address(Authentication authentication) {
		return (authentication.getDetails() instanceof WebAuthenticationDetails details) ? details.getRemoteAddress()
				: "unknown";
	}

	/** This account from this address must wait before trying again. */
	static final class LoginDelayedException extends AuthenticationException {

		@Serial
		private static final long serialVersionUID = 1L;

		private final Duration delay;

		LoginDelayedException(Duration delay) {
			super("Too many failed attempts");
			this.delay = delay;
		}

		Duration delay() {
			return this.delay;
		}

	}

}
