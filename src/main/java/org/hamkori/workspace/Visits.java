package org.hamkori.workspace;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The visits of each account to "My work". A visit begins when the page is opened more
 * than {@link #SAME_VISIT} after it was last opened (the session's idle timeout); the
 * start of the visit before the current one is what "changed since my last visit" counts
 * from, so reloading the page during a visit keeps its list of changes. Each opening is
 * one update (or one insert the first time), safe on several nodes at once.
 */
@Component
class Visits {

	/** Openings closer together than this belong to one visit. */
	static final Duration SAME_VISIT = Duration.ofMinutes(30);

	private final JdbcClient jdbc;

	Visits(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Records that the account opened the page now; returns when its previous visit
	 * began, empty on the first visit.
	 */
	Optional<Instant> open(UUID userId, Instant now) {
		int updated = this.jdbc.sql("""
				update workspace_visit set previous_seen_at = case when last_seen_at < :cutoff then last_seen_at
				else previous_seen_at end, last_seen_at = :now where user_id = :user""")
			.param("cutoff", Timestamp.from(now.minus(SAME_VISIT)))
			.param("now", Timestamp.from(now))
			.param("user", userId)
			.update();
		if (updated == 0) {
			try {
				this.jdbc.sql("insert into workspace_visit (user_id, last_seen_at) values (:user, :now)")
					.param("user", userId)
					.param("now", Timestamp.from(now))
					.update();
			}
			catch (DuplicateKeyException ex) {
				// another node recorded the first visit at the same moment: one row is
				// enough
			}
		}
		return previous(userId);
	}

	/** When the account's previous visit began, without recording a visit. */
	Optional<Instant> previous(UUID userId) {
		return this.jdbc.sql("select previous_seen_at from workspace_visit where user_id = :user")
			.param("user", userId)
			.query((rs, n) -> Optional.ofNullable(rs.getObject(1, OffsetDateTime.class)).map(OffsetDateTime::toInstant))
			.optional()
			.flatMap((previous) -> previous);
	}

}
