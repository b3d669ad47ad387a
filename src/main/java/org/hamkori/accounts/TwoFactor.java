package org.hamkori.accounts;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import dev.samstevens.totp.code.CodeVerifier;
import dev.samstevens.totp.code.DefaultCodeGenerator;
import dev.samstevens.totp.code.DefaultCodeVerifier;
import dev.samstevens.totp.code.HashingAlgorithm;
import dev.samstevens.totp.exceptions.QrGenerationException;
import dev.samstevens.totp.qr.QrData;
import dev.samstevens.totp.qr.ZxingPngQrGenerator;
import dev.samstevens.totp.secret.DefaultSecretGenerator;
import dev.samstevens.totp.util.Utils;

import org.hamkori.shared.audit.RecordChanged;
import org.hamkori.shared.security.MembershipRole;
import org.hamkori.shared.security.Viewer;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The optional second factor (TOTP, RFC 6238: six digits, 30 seconds, SHA-1, as every
 * authenticator app reads it) for secretariats and admins (decision 0040). Secrets,
 * codes, the {@code otpauth://} URI and its QR image come from the dev.samstevens.totp
 * library; time from the application's {@link Clock}. A secret is shown only while
 * enrolling and never again; a code of the previous or next 30 seconds is accepted.
 */
@Service
@Transactional
public class TwoFactor {

	static final String ISSUER = "Hamkori";

	private final JdbcClient jdbc;

	private final CodeVerifier verifier;

	private final ApplicationEventPublisher events;

	private final SecretBox box;

	private final RecoveryCodes recoveryCodes;

	private final CodeThrottle throttle;

	TwoFactor(JdbcClient jdbc, Clock clock, ApplicationEventPublisher events, SecretBox box,
			RecoveryCodes recoveryCodes, CodeThrottle throttle) {
		this.jdbc = jdbc;
		this.events = events;
		this.box = box;
		this.recoveryCodes = recoveryCodes;
		this.throttle = throttle;
		DefaultCodeVerifier codes = new DefaultCodeVerifier(new DefaultCodeGenerator(HashingAlgorithm.SHA1, 6),
				() -> clock.instant().getEpochSecond());
		codes.setTimePeriod(30);
		codes.setAllowedTimePeriodDiscrepancy(1);
		this.verifier = codes;
	}

	/** How a code check ended. */
	public enum Check {

		RIGHT, WRONG, WAIT

	}

	/** Who may enrol: platform admins and whoever sits in a secretariat. */
	public boolean mayEnrol(Viewer viewer) {
		return viewer.admin() || viewer.seats().stream().anyMatch((s) -> s.role() == MembershipRole.SECRETARIAT);
	}

	@Transactional(readOnly = true)
	public boolean enrolled(UUID userId) {
		return stored(userId).isPresent();
	}

	/** A new random secret (Base32), to show once while enrolling. */
	public String newSecret() {
		return new DefaultSecretGenerator().generate();
	}

	/** The otpauth:// URI of a secret, as authenticator apps read it. */
	public String uri(String secret, String username) {
		return qrData(secret, username).getUri();
	}

	/** The QR image of the otpauth:// URI, as a data: URI for an img element. */
	public String qrImage(String secret, String username) {
		try {
			ZxingPngQrGenerator generator = new ZxingPngQrGenerator();
			return Utils.getDataUriForImage(generator.generate(qrData(secret, username)), generator.getImageMimeType());
		}
		catch (QrGenerationException ex) {
			throw new IllegalStateException("Could not draw the QR code", ex);
		}
	}

	/**
	 * Turns the second factor on when the code matches the secret being enrolled; returns
	 * the recovery codes to show once, or nothing when the code is wrong.
	 */
	public Optional<List<String>> enable(Viewer viewer, String secret, String code) {
		if (!mayEnrol(viewer) || secret == null || !valid(secret, code)) {
			return Optional.empty();
		}
		store(viewer.userId(), secret);
		this.events.publishEvent(
				new RecordChanged(viewer.actor(), null, "user", viewer.userId(), "second-factor-enabled", Map.of()));
		return Optional.of(this.recoveryCodes.issue(viewer.userId()));
	}

	/**
	 * New recovery codes, with a current code from the app; the old ones stop working.
	 */
	public Check regenerate(Viewer viewer, String code, List<String> issued) {
		Check check = check(viewer.userId(), code, false);
		if (check == Check.RIGHT) {
			issued.addAll(this.recoveryCodes.issue(viewer.userId()));
			this.events.publishEvent(new RecordChanged(viewer.actor(), null, "user", viewer.userId(),
					"recovery-codes-regenerated", Map.of()));
		}
		return check;
	}

	/** Turns it off, with a current code or a recovery code. */
	public Check disable(Viewer viewer, String code) {
		Check check = check(viewer.userId(), code, true);
		if (check == Check.RIGHT) {
			clear(viewer.userId());
			this.events.publishEvent(new RecordChanged(viewer.actor(), null, "user", viewer.userId(),
					"second-factor-disabled", Map.of()));
		}
		return check;
	}

	/**
	 * An admin turns off the second factor of someone who lost both their phone and their
	 * recovery codes; they sign in with the password alone until they enrol again.
	 */
	public boolean reset(Viewer admin, UUID userId) {
		if (!admin.admin() || !enrolled(userId)) {
			return false;
		}
		clear(userId);
		this.throttle.succeeded(userId);
		this.events
			.publishEvent(new RecordChanged(admin.actor(), null, "user", userId, "second-factor-reset", Map.of()));
		return true;
	}

	/** How many unused recovery codes the account has. */
	@Transactional(readOnly = true)
	public int recoveryCodesLeft(UUID userId) {
		return this.recoveryCodes.remaining(userId);
	}

	/**
	 * Checks a code typed at sign-in: the app's current code, or else one unused recovery
	 * code (which is then used up). Wrong codes count per account in the
	 * {@link CodeThrottle}; while it makes the account wait, no code is checked.
	 */
	public Check check(UUID userId, String code) {
		return check(userId, code, true);
	}

	/** How long the account must wait before its next code is checked. */
	public Duration codeDelay(UUID userId) {
		return this.throttle.delay(userId);
	}

	private Check check(UUID userId, String code, boolean recoveryCodeToo) {
		if (!this.throttle.delay(userId).isZero()) {
			return Check.WAIT;
		}
		if (verify(userId, code) || (recoveryCodeToo && this.recoveryCodes.use(userId, code))) {
			this.throttle.succeeded(userId);
			return Check.RIGHT;
		}
		this.throttle.failed(userId);
		return Check.WRONG;
	}

	private void clear(UUID userId) {
		this.jdbc.sql("update app_user set totp_secret = null where id = ?").param(userId).update();
		this.recoveryCodes.clear(userId);
	}

	/**
	 * Whether the code is the account's current one. A secret stored before encryption is
	 * encrypted once it has matched.
	 */
	public boolean verify(UUID userId, String code) {
		Optional<String> stored = stored(userId);
		boolean right = stored.map((s) -> valid(this.box.open(s), code)).orElse(false);
		if (right && !SecretBox.sealed(stored.get())) {
			store(userId, stored.get());
		}
		return right;
	}

	private void store(UUID userId, String secret) {
		this.jdbc.sql("update app_user set totp_secret = ? where id = ?")
			.params(this.box.seal(secret), userId)
			.update();
	}

	private boolean valid(String secret, String code) {
		String digits = (code != null) ? code.replaceAll("\\s", "") : "";
		return digits.matches("\\d{6}") && this.verifier.isValidCode(secret, digits);
	}

	private Optional<String> stored(UUID userId) {
		if (userId == null) {
			return Optional.empty();
		}
		return this.jdbc.sql("select totp_secret from app_user where id = ?")
			.param(userId)
			.query((rs, n) -> Optional.ofNullable(rs.getString(1)))
			.optional()
			.flatMap((s) -> s);
	}

	private static QrData qrData(String secret, String username) {
		return new QrData.Builder().label(username)
			.secret(secret)
			.issuer(ISSUER)
			.algorithm(HashingAlgorithm.SHA1)
			.digits(6)
			.period(30)
			.build();
	}

}
