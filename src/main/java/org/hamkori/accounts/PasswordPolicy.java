package org.hamkori.accounts;

import java.util.Optional;

import com.nulabinc.zxcvbn.Zxcvbn;

import org.springframework.stereotype.Component;

/**
 * At least 12 characters, at most 256 (long passphrases welcome), and not guessable:
 * zxcvbn's bundled lists of common passwords, names and words must not find it (score 3
 * or more of 4).
 */
@Component
public class PasswordPolicy {

	static final int MIN_LENGTH = 12;

	static final int MAX_LENGTH = 256;

	private final Zxcvbn zxcvbn = new Zxcvbn();

	/** The message key of the first rule the password breaks, if any. */
	public Optional<String> problem(String password, String username) {
		if (password == null || password.codePointCount(0, password.length()) < MIN_LENGTH) {
			return Optional.of("validation.password.short");
		}
		if (password.length() > MAX_LENGTH) {
			return Optional.of("validation.password.long");
		}
		var strength = (username != null) ? this.zxcvbn.measure(password, java.util.List.of(username))
				: this.zxcvbn.measure(password);
		return (strength.getScore() < 3) ? Optional.of("validation.password.common") : Optional.empty();
	}

}
