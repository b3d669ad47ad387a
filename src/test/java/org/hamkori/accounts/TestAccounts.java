package org.hamkori.accounts;

import java.time.Clock;
import java.util.UUID;

import org.springframework.context.ApplicationContext;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Opens an account with a known password straight in the database, for tests that need
 * someone to sign in but do not test how accounts are opened (people set their own
 * password through an e-mailed link, see {@code PasswordRecoveryTests}).
 */
public final class TestAccounts {

	private TestAccounts() {
	}

	public static UUID open(ApplicationContext context, String username, UUID personId, String language,
			String password) {
		UserAccountRepository accounts = context.getBean(UserAccountRepository.class);
		String hash = context.getBean(PasswordEncoder.class).encode(password);
		return accounts
			.save(UserAccount.create(username, hash, personId, false, false, language,
					context.getBean(Clock.class).instant()))
			.id();
	}

}
