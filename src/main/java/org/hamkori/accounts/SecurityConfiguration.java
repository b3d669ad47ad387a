package org.hamkori.accounts;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import jakarta.servlet.Filter;
import jakarta.servlet.http.HttpServletResponse;

import org.hamkori.shared.settings.HamkoriSettings;
import org.hamkori.shared.web.ApiContract;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.LazyInitializationExcludeFilter;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.oauth2.server.resource.web.BearerTokenAuthenticationEntryPoint;
import org.springframework.security.oauth2.server.resource.web.access.BearerTokenAccessDeniedHandler;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.session.web.http.CookieSerializer;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.CorsConfigurationSource;
import org.springframework.web.cors.UrlBasedCorsConfigurationSource;
import org.springframework.session.web.http.DefaultCookieSerializer;

/**
 * Every URL rule of the application, in one place. Anything not listed here needs a
 * logged-in user; services then check rights per mechanism. Two chains: the API,
 * stateless with bearer tokens only, and the pages, with form login, database sessions
 * and CSRF protection.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

	/**
	 * The metrics, for a scraper holding an admin account's API token (bearer, as the
	 * rest of the API); never anonymous, never with a session.
	 */
	static final String PROMETHEUS = "/actuator/prometheus";

	/**
	 * Where the documents module forwards a page upload over the size limits, which only
	 * answers 413; its body could not be read, so it carries no CSRF token.
	 */
	static final String UPLOAD_TOO_LARGE = "/uploads/too-large";

	/** Public pages of accounts people manage themselves, GET and POST. */
	static final String[] SELF_SERVICE = { "/password/forgot", "/password/set/{token}", "/access/request",
			"/login/code" };

	static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
			+ "font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; "
			+ "frame-ancestors 'none'";

	/**
	 * The session cookie: HttpOnly, SameSite=Lax, and Secure whenever the request came
	 * over TLS (behind a proxy, the {@code prod} profile forces it with
	 * {@code server.servlet.session.cookie.secure=true}).
	 */
	/**
	 * The filter chains are built at start although beans are lazy (decision 0042). Built
	 * on the first request instead, they took that request about a second on a 2-core
	 * host, while the demo data started loading beside it.
	 */
	@Bean
	static LazyInitializationExcludeFilter filterChainsAtStart() {
		return (name, definition, type) -> Filter.class.isAssignableFrom(type)
				|| SecurityFilterChain.class.isAssignableFrom(type);
	}

	@Bean
	CookieSerializer cookieSerializer(@Value("${server.servlet.session.cookie.secure:#{null}}") Boolean secure) {
		DefaultCookieSerializer serializer = new DefaultCookieSerializer();
		if (secure != null) {
			serializer.setUseSecureCookie(secure);
		}
		serializer.setCookieName("SESSION");
		serializer.setUseHttpOnlyCookie(true);
		serializer.setSameSite("Lax");
		serializer.setCookiePath("/");
		return serializer;
	}

	/**
	 * Argon2id for every new hash (no 72-byte limit, so long passphrases in any script
	 * work); bcrypt hashes of earlier versions still match, with or without their
	 * {@code {bcrypt}} prefix, and are replaced by Argon2id at the user's next sign-in
	 * ({@link AccountDetailsService#updatePassword}). See decision 0024.
	 */
	@Bean
	PasswordEncoder passwordEncoder() {
		PasswordEncoder bcrypt = new LegacyBcrypt();
		DelegatingPasswordEncoder encoder = new DelegatingPasswordEncoder(ARGON2,
				Map.of(ARGON2, Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8(), "bcrypt", bcrypt));
		encoder.setDefaultPasswordEncoderForMatches(bcrypt);
		return encoder;
	}

	static final String ARGON2 = "argon2";

	/**
	 * bcrypt for matching old hashes only. bcrypt reads at most 72 bytes and Spring
	 * Security refuses longer input with an exception; a longer password simply does not
	 * match a bcrypt hash (it could not have been set under bcrypt).
	 */
	static final class LegacyBcrypt implements PasswordEncoder {

		private final BCryptPasswordEncoder bcrypt = new BCryptPasswordEncoder();

		@Override
		public String encode(CharSequence rawPassword) {
			return this.bcrypt.encode(rawPassword);
		}

		@Override
		public boolean matches(CharSequence rawPassword, String encodedPassword) {
			if (rawPassword == null || rawPassword.toString().getBytes(StandardCharsets.UTF_8).length > 72) {
				return false;
			}
			return this.bcrypt.matches(rawPassword, encodedPassword);
		}

	}

	/**
	 * Form login checks passwords through the login throttle: the throttle is consulted
	 * inside the authentication, whatever URL spelling reached the login filter.
	 */
	static AuthenticationManager loginManager(AccountDetailsService details, PasswordEncoder encoder,
			LoginThrottle throttle) {
		DaoAuthenticationProvider passwords = new DaoAuthenticationProvider(details);
		passwords.setPasswordEncoder(encoder);
		passwords.setUserDetailsPasswordService(details);
		return new ProviderManager(new ThrottledAuthenticationProvider(passwords, throttle));
	}

	/**
	 * An API caller without a valid token: the {@code WWW-Authenticate: Bearer}
	 * challenge, and the error path's problem document as the body.
	 */
	static final AuthenticationEntryPoint UNAUTHORIZED = (request, response, ex) -> {
		new BearerTokenAuthenticationEntryPoint().commence(request, response, ex);
		response.sendError(HttpServletResponse.SC_UNAUTHORIZED);
	};

	/** A token without the right (the metrics): a problem document too. */
	static final AccessDeniedHandler FORBIDDEN = (request, response, ex) -> {
		new BearerTokenAccessDeniedHandler().handle(request, response, ex);
		response.sendError(HttpServletResponse.SC_FORBIDDEN);
	};

	/**
	 * SDMX REST (decision 0032): statistical tools read it from any origin, with GET
	 * only, and may revalidate with the ETag and Last-Modified it exposes.
	 */
	static final String SDMX = "/sdmx/**";

	static CorsConfigurationSource sdmxCors() {
		CorsConfiguration cors = new CorsConfiguration();
		cors.addAllowedOrigin("*");
		cors.setAllowedMethods(List.of("GET", "HEAD"));
		cors.setAllowedHeaders(
				List.of("Accept", "Accept-Language", "Authorization", "If-None-Match", "If-Modified-Since"));
		cors.setExposedHeaders(List.of("ETag", "Last-Modified", "Content-Language"));
		cors.setAllowCredentials(false);
		cors.setMaxAge(3600L);
		UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource();
		source.registerCorsConfiguration(SDMX, cors);
		return source;
	}

	@Bean
	@Order(1)
	SecurityFilterChain api(HttpSecurity http, TokenIntrospector introspector) throws Exception {
		http.securityMatcher("/api/**", PROMETHEUS, SDMX)
			.authorizeHttpRequests((auth) -> auth.requestMatchers(PROMETHEUS)
				.hasRole("ADMIN")
				.requestMatchers(HttpMethod.POST, ApiContract.TOKEN_ENDPOINT)
				.permitAll()
				.requestMatchers(HttpMethod.GET, ApiContract.PUBLIC_READS)
				.permitAll()
				// SDMX REST: readable by anyone, a token shows more (decision 0032)
				.requestMatchers(HttpMethod.GET, SDMX)
				.permitAll()
				.requestMatchers(HttpMethod.HEAD, SDMX)
				.permitAll()
				.anyRequest()
				.authenticated())
			.sessionManagement((s) -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.securityContext((c) -> c.requireExplicitSave(true))
			.requestCache((c) -> c.disable())
			.csrf((csrf) -> csrf.disable())
			.cors((cors) -> cors.configurationSource(sdmxCors()))
			.oauth2ResourceServer((o) -> o.opaqueToken((t) -> t.introspector(introspector))
				.authenticationEntryPoint(UNAUTHORIZED)
				.accessDeniedHandler(FORBIDDEN))
			.exceptionHandling((e) -> e.authenticationEntryPoint(UNAUTHORIZED).accessDeniedHandler(FORBIDDEN))
			.headers((h) -> h
				.contentSecurityPolicy((c) -> c.policyDirectives("default-src 'none'; frame-ancestors 'none'"))
				.referrerPolicy((r) -> r.policy(ReferrerPolicy.NO_REFERRER)));
		return http.build();
	}

	@Bean
	@Order(2)
	SecurityFilterChain pages(HttpSecurity http, LoginThrottle throttle, LoginHandlers handlers,
			HamkoriSettings settings, AccountDetailsService details, PasswordEncoder encoder) throws Exception {
		http.authenticationManager(loginManager(details, encoder, throttle));
		http.authorizeHttpRequests((auth) -> auth.requestMatchers("/organisations/new")
			.authenticated()
			.requestMatchers(HttpMethod.GET, "/", "/mechanisms", "/mechanisms/{code}", "/mechanisms/{code}/members.csv",
					"/mechanisms/{code}/members.xlsx", "/mechanisms/{code}/members.vcf", "/organisations",
					"/organisations/{id}", "/people/{id}", "/people/{id}/vcard", "/indicators", "/indicators/{code}",
					"/search", "/search/suggest", "/code-lists", "/code-lists/{id}", "/documents/{id}", "/login",
					"/css/**", "/js/**", "/webjars/**", "/robots.txt", "/favicon.ico", "/actuator/health",
					"/actuator/health/**", "/v3/api-docs", "/v3/api-docs.yaml", "/v3/api-docs/**", "/swagger-ui.html",
					"/swagger-ui/**")
			.permitAll()
			// the programme register: public programmes and agreements for everyone, the
			// rest filtered per viewer
			.requestMatchers(HttpMethod.GET, "/mechanisms/{code}/programmes", "/programmes/{id}",
					"/programmes/{id}/results", "/results/indicators/{id}", "/programmes/{id}/workplan",
					"/programmes/{id}/workplan/timeline", "/programmes/{id}/guidance", "/mechanisms/{code}/agreements",
					"/agreements/{id}")
			.permitAll()
			// the public portal: only what secretariats marked public (decision 0041)
			.requestMatchers(HttpMethod.GET, "/sitemap.xml", "/public/accountability", "/public/{code}",
					"/public/meetings/{id}", "/public/decisions/{id}", "/public/recommendations/{id}",
					"/public/{code}/decisions.atom", "/public/{code}/meetings.atom")
			.permitAll()
			// every public programme as IATI activities (decision 0035)
			.requestMatchers(HttpMethod.GET, "/iati/activities.xml")
			.permitAll()
			.requestMatchers("/error")
			.permitAll()
			// a page upload too large to read is forwarded here to get its 413 page
			.requestMatchers(HttpMethod.POST, UPLOAD_TOO_LARGE)
			.permitAll()
			// signed links from e-mails and calendar apps: the token is the credential
			.requestMatchers("/rsvp/{token}", "/calendar/{token}.ics")
			.permitAll()
			// accounts people manage themselves (decision 0040): forgot password, the
			// e-mailed link to set one, asking for access, and the second sign-in step
			.requestMatchers(SELF_SERVICE)
			.permitAll()
			.anyRequest()
			.authenticated())
			.csrf((csrf) -> csrf.ignoringRequestMatchers(
					PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, UPLOAD_TOO_LARGE)))
			.formLogin((form) -> form.loginPage("/login").successHandler(handlers).failureHandler(handlers).permitAll())
			.logout((logout) -> logout.logoutUrl("/logout").logoutSuccessUrl("/?loggedOut").deleteCookies("SESSION"))
			.sessionManagement((s) -> s.sessionFixation((f) -> f.changeSessionId()))
			.addFilterAfter(new AbsoluteSessionTimeoutFilter(settings.security().absoluteSessionTimeout()),
					SecurityContextHolderFilter.class)
			.headers((h) -> h.contentSecurityPolicy((c) -> c.policyDirectives(CSP))
				.frameOptions((f) -> f.deny())
				.referrerPolicy((r) -> r.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN)));
		return http.build();
	}

}
