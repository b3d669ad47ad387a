package org.hamkori.accounts;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.hamkori.shared.audit.RecordChanged;
import org.hamkori.shared.security.Digests;
import org.hamkori.shared.security.Viewer;
import org.hamkori.shared.web.NotFoundException;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Issues, checks and revokes bearer tokens. A token is 32 random bytes; only its SHA-256
 * hash is kept, so a stolen database yields no usable token.
 */
@Service
@Transactional
public class ApiTokenService {

	static final String PREFIX = "hmk_";

	public static final Duration SHORT_LIVED = Duration.ofHours(1);

	private final SecureRandom random = new SecureRandom();

	private final ApiTokenRepository tokens;

	private final UserAccountRepository accounts;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	ApiTokenService(ApiTokenRepository tokens, UserAccountRepository accounts, ApplicationEventPublisher events,
			Clock clock) {
		this.tokens = tokens;
		this.accounts = accounts;
		this.events = events;
		this.clock = clock;
	}

	/** A new token and its secret, which is shown once and never again. */
	public record Issued(ApiToken token, String secret) {
	}

	public Issued issue(UUID userId, String actor, String name, UUID mechanismScope, Duration lifetime) {
		byte[] bytes = new byte[32];
		this.random.nextBytes(bytes);
		String secret = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
		Instant now = this.clock.instant();
		ApiToken token = this.tokens.save(new ApiToken(UUID.randomUUID(), userId, name, hash(secret), mechanismScope,
				now, now.plus(lifetime), null, null));
		this.events.publishEvent(new RecordChanged(actor, mechanismScope, "api-token", token.id(), "created",
				Map.of("name", name, "expiresAt", token.expiresAt().toString())));
		return new Issued(token, secret);
	}

	@Transactional(readOnly = true)
	public Optional<UserAccount> authenticate(String secret) {
		if (secret == null || !secret.startsWith(PREFIX) || secret.length() > 100) {
			return Optional.empty();
		}
		Instant now = this.clock.instant();
		return this.tokens.findByTokenHash(hash(secret))
			.filter((t) -> t.isUsableAt(now))
			.flatMap((t) -> this.accounts.findById(t.userId()))
			.filter(UserAccount::enabled);
	}

	@Transactional(readOnly = true)
	public Optional<ApiToken> find(String secret) {
		return (secret == null) ? Optional.empty() : this.tokens.findByTokenHash(hash(secret));
	}

	@Transactional(readOnly = true)
	public List<ApiToken> tokensOf(UUID userId) {
		return this.tokens.findByUserIdOrderByCreatedAtDesc(userId);
	}

	public void revoke(Viewer viewer, UUID tokenId) {
		ApiToken token = this.tokens.findById(tokenId)
			.filter((t) -> t.userId().equals(viewer.userId()))
			.orElseThrow(NotFoundException::new);
		if (token.revokedAt() == null) {
			this.tokens.save(token.revoke(this.clock.instant()));
			this.events.publishEvent(new RecordChanged(viewer.actor(), token.mechanismId(), "api-token", token.id(),
					"revoked", Map.of("name", token.name())));
		}
	}

	/**
	 * Revokes every live token of a user, after a password change or when the account is
	 * disabled; returns how many there were.
	 */
	int revokeAll(UUID userId, String actor, String reason) {
		Instant now = this.clock.instant();
		int revoked = 0;
		for (ApiToken token : this.tokens.findByUserIdOrderByCreatedAtDesc(userId)) {
			if (token.revokedAt() == null && token.isUsableAt(now)) {
				this.tokens.save(token.revoke(now));
				this.events.publishEvent(new RecordChanged(actor, token.mechanismId(), "api-token", token.id(),
						"revoked", Map.of("name", token.name(), "reason", reason)));
				revoked++;
			}
		}
		return revoked;
	}

	static String hash(String secret) {
		return Digests.sha256Hex(secret);
	}

}
