package org.hamkori.accounts;

import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.hamkori.shared.audit.RecordChanged;
import org.hamkori.shared.security.Digests;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Single-use links to set one's own password: after "forgot password" (valid one hour)
 * and for a new account (valid seven days). The token is 32 random bytes sent only in the
 * e-mail; the database keeps its SHA-256, so a copy of the database opens nothing.
 * Setting the password through a link uses it up, ends the user's sessions and revokes
 * their API tokens, like a password change; every other open link of the user dies too.
 */
@Service
@Transactional
public class PasswordLinks {

	/** Why a link was sent, and how long it stays valid. */
	public enum Purpose {

		RESET(Duration.ofHours(1)), WELCOME(Duration.ofDays(7));

		private final Duration lifetime;

		Purpose(Duration lifetime) {
			this.lifetime = lifetime;
		}

		public Duration lifetime() {
			return this.lifetime;
		}

	}

	private final SecureRandom random = new SecureRandom();

	private final JdbcClient jdbc;

	private final UserAccountRepository accounts;

	private final PasswordEncoder encoder;

	private final PasswordPolicy policy;

	private final FindByIndexNameSessionRepository<? extends Session> sessions;

	private final Viewers viewers;

	private final ApiTokenService tokens;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	PasswordLinks(JdbcClient jdbc, UserAccountRepository accounts, PasswordEncoder encoder, PasswordPolicy policy,
			FindByIndexNameSessionRepository<? extends Session> sessions, Viewers viewers, ApiTokenService tokens,
			ApplicationEventPublisher events, Clock clock) {
		this.jdbc = jdbc;
		this.accounts = accounts;
		this.encoder = encoder;
		this.policy = policy;
		this.sessions = sessions;
		this.viewers = viewers;
		this.tokens = tokens;
		this.events = events;
		this.clock = clock;
	}

	/** Opens a link for the account and returns its token, to be sent and forgotten. */
	String issue(UUID userId, Purpose purpose) {
		byte[] bytes = new byte[32];
		this.random.nextBytes(bytes);
		String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
		Instant now = this.clock.instant();
		this.jdbc.sql("""
				insert into password_link (id, user_id, purpose, token_hash, created_at, expires_at)
				values (?, ?, ?, ?, ?, ?)""")
			.params(UUID.randomUUID(), userId, purpose.name(), Digests.sha256Hex(token), Timestamp.from(now),
					Timestamp.from(now.plus(purpose.lifetime())))
			.update();
		return token;
	}

	/** The enabled account a link still opens: unused, unexpired; else empty. */
	@Transactional(readOnly = true)
	public Optional<UserAccount> account(String token) {
		if (token == null || token.isBlank() || token.length() > 100) {
			return Optional.empty();
		}
		return this.jdbc.sql("""
				select user_id from password_link
				where token_hash = ? and used_at is null and expires_at > ?""")
			.params(Digests.sha256Hex(token), Timestamp.from(this.clock.instant()))
			.query(UUID.class)
			.optional()
			.flatMap(this.accounts::findById)
			.filter(UserAccount::enabled);
	}

	/**
	 * Sets the password through a link; returns the message key of the problem, if
	 * refused: {@code password.link.invalid} for a used, expired or unknown link, else
	 * the password policy's.
	 */
	public Optional<String> setPassword(String token, String password) {
		Optional<UserAccount> found = account(token);
		if (found.isEmpty()) {
			return Optional.of("password.link.invalid");
		}
		UserAccount account = found.get();
		Optional<String> problem = this.policy.problem(password, account.username());
		if (problem.isPresent()) {
			return problem;
		}
		Instant now = this.clock.instant();
		int used = this.jdbc.sql("update password_link set used_at = ? where token_hash = ? and used_at is null")
			.params(Timestamp.from(now), Digests.sha256Hex(token))
			.update();
		if (used == 0) {
			return Optional.of("password.link.invalid");
		}
		this.jdbc.sql("update password_link set used_at = ? where user_id = ? and used_at is null")
			.params(Timestamp.from(now), account.id())
			.update();
		this.accounts.save(account.withPassword(this.encoder.encode(password), now));
		this.viewers.forgetAll();
		this.sessions.findByPrincipalName(account.username()).keySet().forEach(this.sessions::deleteById);
		this.tokens.revokeAll(account.id(), account.username(), "password-set-by-link");
		this.events.publishEvent(
				new RecordChanged(account.username(), null, "user", account.id(), "password-set-by-link", Map.of()));
		return Optional.empty();
	}

}
