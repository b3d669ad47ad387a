package org.hamkori.accounts.web;

import java.time.Instant;
import java.util.Locale;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.hamkori.accounts.ApiTokenService;
import org.hamkori.accounts.LoginThrottle;
import org.hamkori.accounts.PasswordCheck;
import org.hamkori.shared.web.ProblemResponses;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Trades a username and password for a short-lived bearer token, under the same
 * throttling as the login page.
 */
@RestController
@RequestMapping("/api/v1/auth")
@Tag(name = "Authentication")
class AuthTokenApi {

	private final PasswordCheck passwords;

	private final ApiTokenService tokens;

	private final LoginThrottle throttle;

	private final MessageSource messages;

	private final org.hamkori.accounts.TwoFactor twoFactor;

	AuthTokenApi(PasswordCheck passwords, ApiTokenService tokens, LoginThrottle throttle, MessageSource messages,
			org.hamkori.accounts.TwoFactor twoFactor) {
		this.twoFactor = twoFactor;
		this.messages = messages;
		this.passwords = passwords;
		this.tokens = tokens;
		this.throttle = throttle;
	}

	record Credentials(@NotBlank @Size(max = 254) String username, @NotBlank @Size(max = 256) String password) {
	}

	record TokenResponse(String token, String tokenType, Instant expiresAt) {
	}

	@ProblemResponses(429)
	@PostMapping("/token")
	@Operation(summary = "Get a bearer token valid for one hour")
	@io.swagger.v3.oas.annotations.responses.ApiResponse(responseCode = "200", description = "A bearer token",
			content = @io.swagger.v3.oas.annotations.media.Content(mediaType = "application/json",
					schema = @io.swagger.v3.oas.annotations.media.Schema(implementation = TokenResponse.class)))
	ResponseEntity<?> token(@Valid @RequestBody Credentials credentials, HttpServletRequest request, Locale locale) {
		String address = request.getRemoteAddr();
		java.time.Duration delay = this.throttle.delay(credentials.username(), address);
		if (!delay.isZero()) {
			long seconds = Math.max(1, (delay.toMillis() + 999) / 1000);
			return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
				.header("Retry-After", Long.toString(seconds))
				.body(ProblemDetail.forStatusAndDetail(HttpStatus.TOO_MANY_REQUESTS,
						this.messages.getMessage("api.token.throttled", null, locale)));
		}
		// an account with the second factor gets its tokens on its profile page, never
		// for a password alone
		return this.passwords.check(credentials.username(), credentials.password())
			.filter((account) -> !this.twoFactor.enrolled(account.id()))
			.<ResponseEntity<?>>map((account) -> {
				this.throttle.succeeded(credentials.username(), address);
				ApiTokenService.Issued issued = this.tokens.issue(account.id(), account.username(), "login", null,
						ApiTokenService.SHORT_LIVED);
				return ResponseEntity.ok(new TokenResponse(issued.secret(), "Bearer", issued.token().expiresAt()));
			})
			.orElseGet(() -> {
				this.throttle.failed(credentials.username(), address);
				return ResponseEntity.status(HttpStatus.UNAUTHORIZED)
					.body(ProblemDetail.forStatusAndDetail(HttpStatus.UNAUTHORIZED,
							this.messages.getMessage("api.token.refused", null, locale)));
			});
	}

}
