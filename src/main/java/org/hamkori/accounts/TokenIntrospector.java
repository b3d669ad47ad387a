package org.hamkori.accounts;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.core.DefaultOAuth2AuthenticatedPrincipal;
import org.springframework.security.oauth2.core.OAuth2AuthenticatedPrincipal;
import org.springframework.security.oauth2.server.resource.introspection.BadOpaqueTokenException;
import org.springframework.security.oauth2.server.resource.introspection.OpaqueTokenIntrospector;
import org.springframework.stereotype.Component;

/**
 * Checks a bearer token against the stored hashes; the resulting principal carries the
 * token's scope. An unscoped token of a platform admin also carries {@code ROLE_ADMIN},
 * which only the metrics endpoint asks for.
 */
@Component
class TokenIntrospector implements OpaqueTokenIntrospector {

	private final ApiTokenService tokens;

	TokenIntrospector(ApiTokenService tokens) {
		this.tokens = tokens;
	}

	@Override
	public OAuth2AuthenticatedPrincipal introspect(String token) {
		UserAccount account = this.tokens.authenticate(token)
			.orElseThrow(() -> new BadOpaqueTokenException("invalid token"));
		Map<String, Object> attributes = new HashMap<>();
		attributes.put("sub", account.username());
		this.tokens.find(token)
			.map(ApiToken::mechanismId)
			.ifPresent((scope) -> attributes.put(Viewers.MECHANISM_SCOPE, scope));
		boolean admin = account.admin() && !attributes.containsKey(Viewers.MECHANISM_SCOPE);
		return new DefaultOAuth2AuthenticatedPrincipal(account.username(), attributes,
				admin ? List.of(new SimpleGrantedAuthority("ROLE_USER"), new SimpleGrantedAuthority("ROLE_ADMIN"))
						: List.of(new SimpleGrantedAuthority("ROLE_USER")));
	}

}
