package org.hamkori.accounts;

import java.time.Instant;
import java.util.UUID;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A bearer token for machine clients. Only its SHA-256 hash is stored; the token itself
 * is shown once. It acts for one user, optionally narrowed to one mechanism, until it
 * expires or is revoked.
 */
@Table("api_token")
public record ApiToken(@Id UUID id, UUID userId, String name, String tokenHash, UUID mechanismId, Instant createdAt,
		Instant expiresAt, Instant revokedAt, @Version Integer version) {

	public boolean isUsableAt(Instant now) {
		return this.revokedAt == null && now.isBefore(this.expiresAt);
	}

	ApiToken revoke(Instant now) {
		return new ApiToken(this.id, this.userId, this.name, this.tokenHash, this.mechanismId, this.createdAt,
				this.expiresAt, now, this.version);
	}

}
