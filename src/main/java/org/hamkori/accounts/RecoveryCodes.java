package org.hamkori.accounts;

import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * The ten one-time codes that stand in for the authenticator app when the phone is lost.
 * They are shown once, when issued; the database keeps only their Argon2id hashes (the
 * password encoder's). Issuing again kills the previous ones; a code works once.
 */
@Component
class RecoveryCodes {

	static final int COUNT = 10;

	private static final char[] ALPHABET = "abcdefghijkmnpqrstuvwxyz23456789".toCharArray();

	private static final SecureRandom RANDOM = new SecureRandom();

	private final JdbcClient jdbc;

	private final PasswordEncoder encoder;

	private final Clock clock;

	RecoveryCodes(JdbcClient jdbc, PasswordEncoder encoder, Clock clock) {
		this.jdbc = jdbc;
		this.encoder = encoder;
		this.clock = clock;
	}

	/** New codes for the account, replacing any it had; to show once. */
	List<String> issue(UUID userId) {
		clear(userId);
		List<String> codes = new ArrayList<>();
		Timestamp now = Timestamp.from(this.clock.instant());
		for (int i = 0; i < COUNT; i++) {
			String code = newCode();
			codes.add(code);
			this.jdbc.sql("insert into recovery_code (id, user_id, code_hash, created_at) values (?, ?, ?, ?)")
				.params(UUID.randomUUID(), userId, this.encoder.encode(normal(code)), now)
				.update();
		}
		return codes;
	}

	/** Uses up the code when it is one of the account's unused ones. */
	boolean use(UUID userId, String code) {
		String typed = normal(code);
		if (!typed.matches("[a-z2-9]{10}")) {
			return false;
		}
		record Stored(UUID id, String hash) {
		}
		List<Stored> unused = this.jdbc
			.sql("select id, code_hash from recovery_code where user_id = ? and used_at is null")
			.param(userId)
			.query((rs, n) -> new Stored(rs.getObject(1, UUID.class), rs.getString(2)))
			.list();
		for (Stored stored : unused) {
			if (this.encoder.matches(typed, stored.hash())) {
				return this.jdbc.sql("update recovery_code set used_at = ? where id = ? and used_at is null")
					.params(Timestamp.from(this.clock.instant()), stored.id())
					.update() == 1;
			}
		}
		return false;
	}

	/** How many unused codes the account has. */
	int remaining(UUID userId) {
		return this.jdbc.sql("select count(*) from recovery_code where user_id = ? and used_at is null")
			.param(userId)
			.query(Integer.class)
			.single();
	}

	void clear(UUID userId) {
		this.jdbc.sql("delete from recovery_code where user_id = ?").param(userId).update();
	}

	private static String newCode() {
		StringBuilder code = new StringBuilder(11);
		for (int i = 0; i < 10; i++) {
			if (i == 5) {
				code.append('-');
			}
			code.append(ALPHABET[RANDOM.nextInt(ALPHABET.length)]);
		}
		return code.toString();
	}

	private static String normal(String code) {
		return (code != null) ? code.replaceAll("[\\s-]", "").toLowerCase(Locale.ROOT) : "";
	}

}
