package org.hamkori.accounts;

import java.time.Clock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.hamkori.shared.settings.HamkoriSettings;

import org.springframework.beans.factory.annotation.Autowired;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * In the {@code prod} profile: refuses to start while any demo account exists, and
 * creates the first admin from {@code HAMKORI_ADMIN_EMAIL} and
 * {@code HAMKORI_ADMIN_PASSWORD} when there is none.
 */
@Component
@Profile("prod")
@Order(0)
class ProductionGuard implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(ProductionGuard.class);

	private final UserAccountRepository accounts;

	private final PasswordEncoder encoder;

	private final PasswordPolicy policy;

	private final Clock clock;

	private final String adminEmail;

	private final String adminPassword;

	@Autowired
	ProductionGuard(UserAccountRepository accounts, PasswordEncoder encoder, PasswordPolicy policy, Clock clock,
			HamkoriSettings settings) {
		this(accounts, encoder, policy, clock, settings.admin().email(), settings.admin().password());
	}

	ProductionGuard(UserAccountRepository accounts, PasswordEncoder encoder, PasswordPolicy policy, Clock clock,
			String adminEmail, String adminPassword) {
		this.accounts = accounts;
		this.encoder = encoder;
		this.policy = policy;
		this.clock = clock;
		this.adminEmail = adminEmail;
		this.adminPassword = adminPassword;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (this.accounts.existsByDemoTrue()) {
			throw new IllegalStateException("Demo accounts exist in this database. Hamkori refuses to run in the prod "
					+ "profile with demo credentials: use a fresh database, or remove the demo accounts.");
		}
		if (this.accounts.existsByAdminTrue()) {
			return;
		}
		if (this.adminEmail.isBlank() || this.adminPassword.isBlank()) {
			throw new IllegalStateException(
					"No admin account exists. Set HAMKORI_ADMIN_EMAIL and HAMKORI_ADMIN_PASSWORD to create the first one.");
		}
		this.policy.problem(this.adminPassword, this.adminEmail).ifPresent((problem) -> {
			throw new IllegalStateException("HAMKORI_ADMIN_PASSWORD is too weak: at least 12 characters, not a common "
					+ "password (" + problem + ").");
		});
		this.accounts.save(UserAccount.create(this.adminEmail.strip(), this.encoder.encode(this.adminPassword), null,
				true, false, "en", this.clock.instant()));
		log.info("First admin account created for {}", this.adminEmail.strip());
	}

}
