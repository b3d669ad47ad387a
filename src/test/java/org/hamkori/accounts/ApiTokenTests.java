package org.hamkori.accounts;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import org.hamkori.HamkoriWebTest;
import org.hamkori.TestRequests;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamkori.TestRequests.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * Personal tokens are shown once, stored hashed, accepted only in the Authorization
 * header, never create a session, can be narrowed to one mechanism, and stop working when
 * revoked.
 */
@HamkoriWebTest
class ApiTokenTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	ApiTokenService tokens;

	@Autowired
	UserAccountRepository accounts;

	@Test
	void profileShowsANewTokenOnceAndStoresOnlyItsHash() {
		var created = this.mvc.post()
			.uri("/profile/tokens")
			.with(as("focal.nbt.tj"))
			.with(csrf())
			.param("name", "Bank statistics system")
			.param("days", "90")
			.exchange();
		assertThat(created).hasStatus(302);
		String secret = (String) created.getMvcResult().getFlashMap().get("newToken");
		assertThat(secret).startsWith("hmk_").hasSizeGreaterThan(40);
		var stored = this.tokens.find(secret).orElseThrow();
		assertThat(stored.tokenHash()).isNotEqualTo(secret).hasSize(64);
		assertThat(this.mvc.get().uri("/profile").with(as("focal.nbt.tj"))).bodyText()
			.contains("Bank statistics system")
			.doesNotContain(secret);
	}

	@Test
	void bearerTokenWorksInTheHeaderOnlyAndCreatesNoSession() {
		String secret = issue("focal.nbt.tj", null);
		var result = this.mvc.get()
			.uri("/api/v1/people?mechanism=CCM-TJ")
			.header("Authorization", "Bearer " + secret)
			.exchange();
		assertThat(result).hasStatusOk().bodyText().contains("b.sharipov@nbt.example.tj");
		assertThat(result.getResponse().getHeader("Set-Cookie")).isNull();
		assertThat(result.getRequest().getSession(false)).isNull();
		assertThat(this.mvc.get().uri("/api/v1/people?mechanism=CCM-TJ&access_token=" + secret)).hasStatusOk()
			.bodyText()
			.doesNotContain("b.sharipov@nbt.example.tj");
	}

	@Test
	void revokedOrUnknownTokensAreRejected() {
		String secret = issue("focal.nbt.tj", null);
		var token = this.tokens.find(secret).orElseThrow();
		assertThat(
				this.mvc.post().uri("/profile/tokens/" + token.id() + "/revoke").with(as("focal.nbt.tj")).with(csrf()))
			.hasStatus(302);
		assertThat(this.mvc.get().uri("/api/v1/people?mechanism=CCM-TJ").header("Authorization", "Bearer " + secret))
			.hasStatus(401);
		assertThat(this.mvc.get().uri("/api/v1/people?mechanism=CCM-TJ").header("Authorization", "Bearer hmk_made-up"))
			.hasStatus(401);
	}

	@Test
	void anotherUserCannotRevokeMyToken() {
		String secret = issue("focal.nbt.tj", null);
		var token = this.tokens.find(secret).orElseThrow();
		assertThat(this.mvc.post()
			.uri("/profile/tokens/" + token.id() + "/revoke")
			.with(as("secretariat.kz"))
			.with(csrf())).hasStatus(404);
		assertThat(this.tokens.find(secret).orElseThrow().revokedAt()).isNull();
	}

	@Test
	void tokenNarrowedToTheRegionalMechanismSeesNoCountryContacts() {
		// chair.tj sits in CCM-TJ and in the RCM; a token narrowed to the RCM acts only
		// there.
		var rcm = this.mvc.get().uri("/api/v1/mechanisms").exchange().getResponse();
		String rcmId = "00000000-0000-4000-8000-000000000100";
		assertThat(rcm.getStatus()).isEqualTo(200);
		String narrowed = issue("chair.tj", java.util.UUID.fromString(rcmId));
		assertThat(this.mvc.get().uri("/api/v1/people?mechanism=CCM-TJ").header("Authorization", "Bearer " + narrowed))
			.bodyText()
			.doesNotContain("b.sharipov@nbt.example.tj");
		String full = issue("chair.tj", null);
		assertThat(this.mvc.get().uri("/api/v1/people?mechanism=CCM-TJ").header("Authorization", "Bearer " + full))
			.bodyText()
			.contains("b.sharipov@nbt.example.tj");
	}

	@Test
	void passwordGrantGivesAShortLivedToken() {
		var result = this.mvc.post()
			.uri("/api/v1/auth/token")
			.with(TestRequests.fromFreshAddress())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"username\":\"secretariat.tj\",\"password\":\"hamkori-demo\"}")
			.exchange();
		assertThat(result).hasStatusOk().bodyJson().extractingPath("$.tokenType").isEqualTo("Bearer");
		assertThat(result.getResponse().getHeader("Set-Cookie")).isNull();
		assertThat(this.mvc.post()
			.uri("/api/v1/auth/token")
			.with(TestRequests.fromFreshAddress())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"username\":\"\"}")).hasStatus(400);
	}

	@Test
	void oversizedBodiesAreRefused() {
		String huge = "{\"username\":\"" + "x".repeat(2_000_000) + "\",\"password\":\"y\"}";
		assertThat(this.mvc.post().uri("/api/v1/auth/token").contentType(MediaType.APPLICATION_JSON).content(huge))
			.hasStatus(413);
	}

	private String issue(String username, java.util.UUID scope) {
		UserAccount account = this.accounts.findByUsernameIgnoreCase(username).orElseThrow();
		return this.tokens.issue(account.id(), username, "test", scope, Duration.ofDays(1)).secret();
	}

}
