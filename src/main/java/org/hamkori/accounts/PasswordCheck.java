package org.hamkori.accounts;

import java.util.Optional;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Checks a username and password outside the login form (for the token endpoint). An
 * unknown user costs the same hashing work as a wrong password, so timing does not tell
 * which.
 */
@Component
public class PasswordCheck {

	private final UserAccountRepository accounts;

	private final PasswordEncoder encoder;

	private volatile String dummyHash;

	PasswordCheck(UserAccountRepository accounts, PasswordEncoder encoder) {
		this.accounts = accounts;
		this.encoder = encoder;
	}

	private String dummyHash() {
		if (this.dummyHash == null) {
			this.dummyHash = this.encoder.encode("not-a-real-password-hamkori");
		}
		return this.dummyHash;
	}

	/**
	 * The enabled account these credentials open; a bcrypt hash is replaced by Argon2id
	 * on the way, as at form login.
	 */
	@Transactional
	public Optional<UserAccount> check(String username, String password) {
		Optional<UserAccount> account = this.accounts.findByUsernameIgnoreCase(username.strip());
		boolean matches = this.encoder.matches(password,
				account.map(UserAccount::passwordHash).orElseGet(this::dummyHash));
		return account.filter((a) -> matches && a.enabled())
			.map((a) -> this.encoder.upgradeEncoding(a.passwordHash())
					? this.accounts.save(a.withPasswordHash(this.encoder.encode(password))) : a);
	}

}
