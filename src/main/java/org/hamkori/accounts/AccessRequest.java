package org.hamkori.accounts;

import java.time.Instant;
import java.util.UUID;

import org.hamkori.shared.security.MembershipRole;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/**
 * Someone asks for access to a mechanism through the public form; that mechanism's
 * secretariat approves (a seat and an account) or declines with a reason. The requester
 * is told by e-mail in {@code preferredLanguage}.
 */
@Table("access_request")
public record AccessRequest(@Id UUID id, String fullName, String institution, UUID mechanismId, MembershipRole role,
		String email, String preferredLanguage, Status status, String reason, Instant createdAt, Instant decidedAt,
		String decidedBy, UUID userId, @Version Integer version) {

	/** Where a request stands. */
	public enum Status {

		PENDING, APPROVED, DECLINED

	}

	static AccessRequest create(String fullName, String institution, UUID mechanismId, MembershipRole role,
			String email, String language, Instant now) {
		return new AccessRequest(UUID.randomUUID(), fullName, institution, mechanismId, role, email, language,
				Status.PENDING, null, now, null, null, null, null);
	}

	AccessRequest approved(String actor, UUID userId, Instant now) {
		return new AccessRequest(this.id, this.fullName, this.institution, this.mechanismId, this.role, this.email,
				this.preferredLanguage, Status.APPROVED, null, this.createdAt, now, actor, userId, this.version);
	}

	AccessRequest declined(String actor, String reason, Instant now) {
		return new AccessRequest(this.id, this.fullName, this.institution, this.mechanismId, this.role, this.email,
				this.preferredLanguage, Status.DECLINED, reason, this.createdAt, now, actor, null, this.version);
	}

}
