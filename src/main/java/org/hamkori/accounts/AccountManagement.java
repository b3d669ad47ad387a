package org.hamkori.accounts;

import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.hamkori.shared.audit.RecordChanged;
import org.hamkori.shared.i18n.Languages;
import org.hamkori.shared.web.NotFoundException;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Changes to accounts: passwords, language, enabling. A new password or a disabled
 * account ends every session of that user, on every node, because sessions live in the
 * database.
 */
@Service
@Transactional
public class AccountManagement {

	private final UserAccounts accounts;

	private final PasswordEncoder encoder;

	private final PasswordPolicy policy;

	private final FindByIndexNameSessionRepository<? extends Session> sessions;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	AccountManagement(UserAccounts accounts, PasswordEncoder encoder, PasswordPolicy policy,
			FindByIndexNameSessionRepository<? extends Session> sessions, ApplicationEventPublisher events,
			Clock clock) {
		this.accounts = accounts;
		this.encoder = encoder;
		this.policy = policy;
		this.sessions = sessions;
		this.events = events;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public Optional<UserAccount> account(UUID id) {
		return this.accounts.findById(id);
	}

	/**
	 * Changes the password; returns the message key of the problem, if the change was
	 * refused.
	 */
	public Optional<String> changePassword(UUID userId, String current, String replacement) {
		UserAccount account = this.accounts.findById(userId).orElseThrow(NotFoundException::new);
		if (!this.encoder.matches(current, account.passwordHash())) {
			return Optional.of("validation.password.current");
		}
		Optional<String> problem = this.policy.problem(replacement, account.username());
		if (problem.isPresent()) {
			return problem;
		}
		this.accounts.save(account.withPassword(this.encoder.encode(replacement), this.clock.instant()));
		endSessions(account.username());
		this.events.publishEvent(
				new RecordChanged(account.username(), null, "user", account.id(), "password-changed", Map.of()));
		return Optional.empty();
	}

	public void setLanguage(UUID userId, String language) {
		if (!Languages.isSupported(language)) {
			return;
		}
		this.accounts.findById(userId)
			.filter((a) -> !language.equals(a.preferredLanguage()))
			.ifPresent((a) -> this.accounts.save(a.withLanguage(language)));
	}

	public void setEnabled(String actor, UUID userId, boolean enabled) {
		UserAccount account = this.accounts.findById(userId).orElseThrow(NotFoundException::new);
		this.accounts.save(account.withEnabled(enabled));
		if (!enabled) {
			endSessions(account.username());
		}
		this.events.publishEvent(new RecordChanged(actor, null, "user", account.id(), enabled ? "enabled" : "disabled",
				Map.of("enabled", enabled)));
	}

	void endSessions(String username) {
		this.sessions.findByPrincipalName(username).keySet().forEach(this.sessions::deleteById);
	}

}
