package org.hamkori.meetings;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.UUID;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Signs the links sent by e-mail (invitation answers) and the private calendar addresses:
 * a link is {@code id.signature}, the signature an HMAC-SHA256 of the purpose and the id
 * under one key per installation. The key is made once, on first use, and kept in the
 * database so every node accepts the links of every other node; nothing secret is stored
 * per link, and revoking a calendar address means marking its row revoked.
 */
@Component
class LinkKeys {

	private static final Base64.Encoder URL = Base64.getUrlEncoder().withoutPadding();

	private final JdbcClient jdbc;

	private volatile byte[] key;

	LinkKeys(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	String sign(String purpose, UUID id) {
		return id + "." + signature(purpose, id);
	}

	/** The id the token was signed for, or null when it is malformed or forged. */
	UUID verify(String purpose, String token) {
		if (token == null) {
			return null;
		}
		int dot = token.indexOf('.');
		if (dot < 0) {
			return null;
		}
		UUID id;
		try {
			id = UUID.fromString(token.substring(0, dot));
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
		byte[] expected = signature(purpose, id).getBytes(StandardCharsets.US_ASCII);
		byte[] given = token.substring(dot + 1).getBytes(StandardCharsets.US_ASCII);
		return MessageDigest.isEqual(expected, given) ? id : null;
	}

	private String signature(String purpose, UUID id) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(key(), "HmacSHA256"));
			return URL.encodeToString(mac.doFinal((purpose + ":" + id).getBytes(StandardCharsets.UTF_8)));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private byte[] key() {
		byte[] known = this.key;
		if (known == null) {
			known = Base64.getDecoder().decode(stored());
			this.key = known;
		}
		return known;
	}

	private String stored() {
		var existing = this.jdbc.sql("select secret from link_key where id = 1").query(String.class).optional();
		if (existing.isPresent()) {
			return existing.get();
		}
		byte[] fresh = new byte[32];
		new SecureRandom().nextBytes(fresh);
		try {
			this.jdbc.sql("insert into link_key (id, secret) values (1, ?)")
				.param(Base64.getEncoder().encodeToString(fresh))
				.update();
		}
		catch (DuplicateKeyException ex) {
			// another node made it first; use theirs
		}
		return this.jdbc.sql("select secret from link_key where id = 1").query(String.class).single();
	}

}
