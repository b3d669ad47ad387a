package org.hamkori.accounts;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.hamkori.HamkoriWebTest;
import org.hamkori.shared.security.Viewer;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * Second-factor secrets are sealed with AES-256-GCM before they reach the database: they
 * open again with the same key, a changed value or another key is refused, the column
 * never holds the plain secret, a secret stored before encryption still works and is
 * sealed once it matches, and the production profile refuses to start without a key.
 */
@HamkoriWebTest
class SecretBoxTests {

	private static final String SECRET = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP";

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TwoFactor twoFactor;

	@Autowired
	Viewers viewers;

	@Test
	void aSealedSecretOpensWithItsKeyOnly() {
		SecretBox box = new SecretBox(key(1));
		String stored = box.seal(SECRET);
		assertThat(stored).startsWith("v1:").doesNotContain(SECRET);
		assertThat(box.seal(SECRET)).as("a fresh nonce each time").isNotEqualTo(stored);
		assertThat(box.open(stored)).isEqualTo(SECRET);
		assertThat(box.open(SECRET)).as("a secret stored before encryption").isEqualTo(SECRET);

		assertThatIllegalStateException().isThrownBy(() -> new SecretBox(key(2)).open(stored));
		byte[] bytes = Base64.getDecoder().decode(stored.substring(3));
		bytes[bytes.length - 1] ^= 1;
		String tampered = "v1:" + Base64.getEncoder().encodeToString(bytes);
		assertThatIllegalStateException().isThrownBy(() -> box.open(tampered));
		assertThatIllegalStateException().isThrownBy(() -> box.open("v1:AAAA"));
	}

	@Test
	void theColumnHoldsNoPlainSecretAndOldOnesAreSealedOnUse() throws Exception {
		String username = "box-" + UUID.randomUUID().toString().substring(0, 8);
		UUID person = this.context.getBean(org.hamkori.directory.Directory.class)
			.personByEmail("m.kassymova@iom.example.int")
			.orElseThrow()
			.id();
		UUID id = TestAccounts.open(this.context, username, person, "en", TwoFactorTests.PASSWORD);
		Viewer viewer = this.viewers
			.viewer(this.context.getBean(UserAccountRepository.class).findById(id).orElseThrow(), null);
		assertThat(this.twoFactor.enable(viewer, SECRET, TwoFactorTests.code(SECRET))).isPresent();
		assertThat(column(id)).startsWith("v1:").doesNotContain(SECRET);
		assertThat(this.twoFactor.verify(id, TwoFactorTests.code(SECRET))).isTrue();

		this.jdbc.sql("update app_user set totp_secret = ? where id = ?").params(SECRET, id).update();
		assertThat(this.twoFactor.verify(id, TwoFactorTests.wrong(SECRET))).isFalse();
		assertThat(column(id)).as("unchanged after a wrong code").isEqualTo(SECRET);
		assertThat(this.twoFactor.verify(id, TwoFactorTests.code(SECRET))).isTrue();
		assertThat(column(id)).as("sealed once it matched").startsWith("v1:").doesNotContain(SECRET);
	}

	@Test
	void productionNeedsTheKeyAndDevelopmentMakesOneOnce(@TempDir Path data) throws Exception {
		assertThatIllegalStateException().isThrownBy(() -> SecretBoxConfiguration.key("", true, data))
			.withMessageContaining("HAMKORI_SECRETS_KEY");
		assertThatIllegalStateException().isThrownBy(() -> SecretBoxConfiguration.key("c2hvcnQ=", true, data));
		String configured = Base64.getEncoder().encodeToString(key(3));
		assertThat(SecretBoxConfiguration.key(configured, true, data)).isEqualTo(key(3));

		byte[] generated = SecretBoxConfiguration.key("", false, data);
		assertThat(generated).hasSize(32);
		assertThat(Files.readString(data.resolve("secrets.key")).strip())
			.isEqualTo(Base64.getEncoder().encodeToString(generated));
		assertThat(SecretBoxConfiguration.key("", false, data)).as("the same key next time").isEqualTo(generated);
	}

	private String column(UUID id) {
		return this.jdbc.sql("select totp_secret from app_user where id = ?").param(id).query(String.class).single();
	}

	private static byte[] key(int seed) {
		byte[] key = new byte[32];
		java.util.Arrays.fill(key, (byte) seed);
		return key;
	}

}
