package org.hamkori.accounts;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;

import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Encrypts small secrets (the second factor's TOTP keys) before they reach the database,
 * with the JDK's AES-256-GCM: a random 12-byte nonce per value and a 128-bit tag, so a
 * changed or foreign value is refused rather than read wrong. Stored text is {@code v1:}
 * and the Base64 of nonce and ciphertext; text without the prefix is a secret stored
 * before encryption and is read as it is (decision 0040).
 */
final class SecretBox {

	static final String V1 = "v1:";

	private static final int NONCE_BYTES = 12;

	private static final int TAG_BITS = 128;

	private static final SecureRandom RANDOM = new SecureRandom();

	private final SecretKey key;

	SecretBox(byte[] key) {
		if (key == null || key.length != 32) {
			throw new IllegalArgumentException("The secrets key must be 32 bytes (AES-256)");
		}
		this.key = new SecretKeySpec(key, "AES");
	}

	/** The stored text of a secret. */
	String seal(String secret) {
		byte[] nonce = new byte[NONCE_BYTES];
		RANDOM.nextBytes(nonce);
		try {
			Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
			cipher.init(Cipher.ENCRYPT_MODE, this.key, new GCMParameterSpec(TAG_BITS, nonce));
			byte[] sealed = cipher.doFinal(secret.getBytes(StandardCharsets.UTF_8));
			byte[] stored = ByteBuffer.allocate(nonce.length + sealed.length).put(nonce).put(sealed).array();
			return V1 + Base64.getEncoder().encodeToString(stored);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("Could not encrypt a secret", ex);
		}
	}

	/**
	 * The secret behind stored text; refuses text that was changed or sealed with another
	 * key.
	 */
	String open(String stored) {
		if (!sealed(stored)) {
			return stored;
		}
		try {
			byte[] bytes = Base64.getDecoder().decode(stored.substring(V1.length()));
			if (bytes.length <= NONCE_BYTES) {
				throw new IllegalStateException("A stored secret is cut short");
			}
			Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
			cipher.init(Cipher.DECRYPT_MODE, this.key, new GCMParameterSpec(TAG_BITS, bytes, 0, NONCE_BYTES));
			return new String(cipher.doFinal(bytes, NONCE_BYTES, bytes.length - NONCE_BYTES), StandardCharsets.UTF_8);
		}
		catch (GeneralSecurityException | IllegalArgumentException ex) {
			throw new IllegalStateException("A stored secret does not open with this key, or was changed", ex);
		}
	}

	/** Whether stored text is encrypted (else it predates encryption). */
	static boolean sealed(String stored) {
		return stored != null && stored.startsWith(V1);
	}

}
