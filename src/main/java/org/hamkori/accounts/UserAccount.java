package org.hamkori.accounts;

import java.time.Instant;
import java.util.UUID;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/**
 * Someone who can log in. The password is kept only as a hash (Argon2id; bcrypt for
 * accounts that have not signed in since). {@code demo} marks the accounts of the demo
 * data, which must never exist in production.
 */
@Table("app_user")
public record UserAccount(@Id UUID id, String username, String passwordHash, UUID personId, boolean admin,
		boolean enabled, boolean demo, String preferredLanguage, Instant passwordChangedAt, Instant createdAt,
		@Version Integer version) {

	public static UserAccount create(String username, String passwordHash, UUID personId, boolean admin, boolean demo,
			String language, Instant now) {
		return new UserAccount(UUID.randomUUID(), username, passwordHash, personId, admin, true, demo, language, now,
				now, null);
	}

	UserAccount withPassword(String hash, Instant now) {
		return new UserAccount(this.id, this.username, hash, this.personId, this.admin, this.enabled, this.demo,
				this.preferredLanguage, now, this.createdAt, this.version);
	}

	/** The same password hashed anew (a stronger algorithm); not a password change. */
	UserAccount withPasswordHash(String hash) {
		return new UserAccount(this.id, this.username, hash, this.personId, this.admin, this.enabled, this.demo,
				this.preferredLanguage, this.passwordChangedAt, this.createdAt, this.version);
	}

	UserAccount withLanguage(String language) {
		return new UserAccount(this.id, this.username, this.passwordHash, this.personId, this.admin, this.enabled,
				this.demo, language, this.passwordChangedAt, this.createdAt, this.version);
	}

	UserAccount withEnabled(boolean enabled) {
		return new UserAccount(this.id, this.username, this.passwordHash, this.personId, this.admin, enabled, this.demo,
				this.preferredLanguage, this.passwordChangedAt, this.createdAt, this.version);
	}

}
