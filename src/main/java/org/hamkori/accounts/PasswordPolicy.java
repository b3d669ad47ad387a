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
class PasswordPolicy {

	static final int MIN_LENGTH = 12;

	static final int MAX_LENGTH = 256;

	/**
	 * Built on first use: zxcvbn reads its dictionaries when constructed, which costs
	 * start-up time and memory on every node for a check that runs only when a password
	 * is set.
	 */
	private static final class Dictionaries {

		static final Zxcvbn ZXCVBN = new Zxcvbn();

	}

	/** The message key of the first rule the password breaks, if any. */
	public Optional<String> problem(String password, String username) {
		if (password == null || password.codePointCount(0, password.length()) < MIN_LENGTH) {
			return Optional.of("validation.password.short");
		}
		if (password.length() > MAX_LENGTH) {
			return Optional.of("validation.password.long");
		}
		Zxcvbn zxcvbn = Dictionaries.ZXCVBN;
		var strength = (username != null) ? zxcvbn.measure(password, java.util.List.of(username))
				: zxcvbn.measure(password);
		return (strength.getScore() < 3) ? Optional.of("validation.password.common") : Optional.empty();
	}

}
