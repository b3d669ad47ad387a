package org.hamkori.accounts;

import java.time.Clock;
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

	TwoFactor(JdbcClient jdbc, Clock clock, ApplicationEventPublisher events, SecretBox box) {
		this.jdbc = jdbc;
		this.events = events;
		this.box = box;
		DefaultCodeVerifier codes = new DefaultCodeVerifier(new DefaultCodeGenerator(HashingAlgorithm.SHA1, 6),
				() -> clock.instant().getEpochSecond());
		codes.setTimePeriod(30);
		codes.setAllowedTimePeriodDiscrepancy(1);
		this.verifier = codes;
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

	/** Turns the second factor on when the code matches the secret being enrolled. */
	public boolean enable(Viewer viewer, String secret, String code) {
		if (!mayEnrol(viewer) || secret == null || !valid(secret, code)) {
			return false;
		}
		store(viewer.userId(), secret);
		this.events.publishEvent(
				new RecordChanged(viewer.actor(), null, "user", viewer.userId(), "second-factor-enabled", Map.of()));
		return true;
	}

	/** Turns it off, with a current code. */
	public boolean disable(Viewer viewer, String code) {
		if (!verify(viewer.userId(), code)) {
			return false;
		}
		this.jdbc.sql("update app_user set totp_secret = null where id = ?").param(viewer.userId()).update();
		this.events.publishEvent(
				new RecordChanged(viewer.actor(), null, "user", viewer.userId(), "second-factor-disabled", Map.of()));
		return true;
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
