package org.hamkori.accounts;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.hamkori.shared.settings.HamkoriSettings;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;

/**
 * Where the {@link SecretBox} key comes from: {@code HAMKORI_SECRETS_KEY} (Base64 of 32
 * bytes). In the {@code prod} profile Hamkori refuses to start without it, as the
 * {@link ProductionGuard} refuses demo accounts; elsewhere a key is generated once into
 * {@code secrets.key} under the data folder, so a developer's database keeps opening.
 */
@Configuration(proxyBeanMethods = false)
class SecretBoxConfiguration {

	static final String FILE = "secrets.key";

	private static final Logger log = LoggerFactory.getLogger(SecretBoxConfiguration.class);

	/**
	 * Made at start although beans are lazy (decision 0042): in the prod profile a
	 * missing or malformed key must stop the start, not the first sign-in with a second
	 * factor.
	 */
	@Bean
	@Lazy(false)
	SecretBox secretBox(HamkoriSettings settings, Environment environment) {
		return new SecretBox(key(settings.security().secretsKey(), environment.acceptsProfiles(Profiles.of("prod")),
				settings.dataDir()));
	}

	static byte[] key(String configured, boolean production, Path dataDir) {
		if (!configured.isBlank()) {
			return decode(configured, "HAMKORI_SECRETS_KEY");
		}
		if (production) {
			throw new IllegalStateException(
					"HAMKORI_SECRETS_KEY is not set. Hamkori refuses to run in the prod profile "
							+ "without the key that encrypts second-factor secrets: set it to the Base64 of 32 random bytes "
							+ "(openssl rand -base64 32), and keep it with the backups.");
		}
		Path file = dataDir.resolve(FILE);
		try {
			if (!Files.exists(file)) {
				create(file);
			}
			return decode(Files.readString(file, StandardCharsets.US_ASCII), file.toString());
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not read or create " + file, ex);
		}
	}

	private static void create(Path file) throws IOException {
		byte[] key = new byte[32];
		new SecureRandom().nextBytes(key);
		Files.createDirectories(file.toAbsolutePath().getParent());
		try {
			if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
				Files.createFile(file,
						PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
			}
			else {
				Files.createFile(file);
			}
			Files.writeString(file, Base64.getEncoder().encodeToString(key) + "\n", StandardCharsets.US_ASCII);
			log.info("Generated the key for second-factor secrets in {}", file);
		}
		catch (FileAlreadyExistsException ex) {
			// another node or test context created it first; read theirs
		}
	}

	private static byte[] decode(String text, String where) {
		try {
			byte[] key = Base64.getDecoder().decode(text.strip());
			if (key.length == 32) {
				return key;
			}
		}
		catch (IllegalArgumentException ex) {
			// reported below
		}
		throw new IllegalStateException(where + " must be the Base64 of 32 bytes (openssl rand -base64 32)");
	}

}
