package org.hamkori.accounts;

import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.hamkori.HamkoriWebTest;
import org.hamkori.TestRequests;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * Passwords are hashed with Argon2id, so a passphrase of 200 Cyrillic letters (400 bytes,
 * far past bcrypt's 72) is set and signs in; bcrypt hashes of earlier versions, with or
 * without their prefix, still sign in and are replaced by Argon2id on the way.
 */
@HamkoriWebTest
class PasswordHashingTests {

	/** 200 letters, mostly Cyrillic: two bytes each in UTF-8. */
	static final String LONG = ("Самарканд синие изразцы на рассвете, хлопок у Вахша, чай в Худжанде; ").repeat(3)
		.substring(0, 200);

	@Autowired
	org.springframework.context.ApplicationContext context;

	@Autowired
	MockMvcTester mvc;

	@Autowired
	AccountManagement accounts;

	@Autowired
	UserAccountRepository users;

	@Autowired
	org.springframework.jdbc.core.simple.JdbcClient jdbc;

	@Test
	void aLongCyrillicPassphraseIsSetChangedAndSignsIn() {
		assertThat(LONG).hasSize(200);
		String user = newUser("samarkand blue tiles at dawn");
		String session = TestRequests.login(this.mvc, user, "samarkand blue tiles at dawn").getValue();
		MvcTestResult changed = this.mvc.post()
			.uri("/profile/password")
			.cookie(new jakarta.servlet.http.Cookie("SESSION", session))
			.with(csrf())
			.param("current", "samarkand blue tiles at dawn")
			.param("replacement", LONG)
			.param("confirmation", LONG)
			.exchange();
		assertThat(changed).hasRedirectedUrl("/login?passwordChanged");
		assertThat(hash(user)).startsWith("{argon2}$argon2id$");
		assertThat(login(user, LONG)).hasRedirectedUrl("/");
		assertThat(login(user, LONG.substring(0, 199) + "ы")).hasRedirectedUrl("/login?error");

		String other = newUser(LONG);
		assertThat(login(other, LONG)).hasRedirectedUrl("/");
	}

	@Test
	void aBcryptHashIsUpgradedToArgon2idAtTheNextSignIn() {
		String password = "hissar mountains in the snow";
		String prefixed = newUser(password);
		setHash(prefixed, "{bcrypt}" + new BCryptPasswordEncoder().encode(password));
		String bare = newUser(password);
		setHash(bare, new BCryptPasswordEncoder().encode(password));

		assertThat(login(prefixed, "not the password at all")).hasRedirectedUrl("/login?error");
		assertThat(hash(prefixed)).startsWith("{bcrypt}");
		assertThat(login(prefixed, password)).hasRedirectedUrl("/");
		assertThat(hash(prefixed)).startsWith("{argon2}$argon2id$");
		assertThat(login(bare, password)).hasRedirectedUrl("/");
		assertThat(hash(bare)).startsWith("{argon2}$argon2id$");
		assertThat(login(bare, password)).as("again, with the new hash").hasRedirectedUrl("/");
		// a passphrase bcrypt could never have taken is simply wrong against a bcrypt
		// hash
		String old = newUser(password);
		setHash(old, "{bcrypt}" + new BCryptPasswordEncoder().encode(password));
		assertThat(login(old, LONG)).hasRedirectedUrl("/login?error");
	}

	@Test
	void theTokenEndpointUpgradesABcryptHashToo() {
		String password = "pamir highway in october";
		String user = newUser(password);
		setHash(user, "{bcrypt}" + new BCryptPasswordEncoder().encode(password));
		assertThat(this.mvc.post()
			.uri("/api/v1/auth/token")
			.with(TestRequests.fromFreshAddress())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"username\":\"" + user + "\",\"password\":\"" + password + "\"}")).hasStatusOk();
		assertThat(hash(user)).startsWith("{argon2}$argon2id$");
	}

	private String newUser(String password) {
		String user = "hash-" + UUID.randomUUID().toString().substring(0, 8);
		TestAccounts.open(this.context, user, null, "en", password);
		return user;
	}

	private String hash(String user) {
		return this.users.findByUsernameIgnoreCase(user).orElseThrow().passwordHash();
	}

	private void setHash(String user, String hash) {
		this.jdbc.sql("update app_user set password_hash = ? where username = ?").params(hash, user).update();
	}

	private MvcTestResult login(String username, String password) {
		return this.mvc.post()
			.uri("/login")
			.with(TestRequests.fromFreshAddress())
			.with(csrf())
			.param("username", username)
			.param("password", password)
			.exchange();
	}

}
