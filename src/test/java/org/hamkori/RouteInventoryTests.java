package org.hamkori;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpMethod;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * Deny by default: every route the application registers is walked anonymously. Only the
 * routes on the public allowlist may answer; every other one must send the visitor to the
 * login page (pages) or answer 401 (API). A new route is therefore closed until someone
 * adds it here on purpose.
 */
@HamkoriWebTest
class RouteInventoryTests {

	static final Set<String> PUBLIC = Set.of("GET /", "GET /mechanisms", "GET /mechanisms/{code}",
			"GET /mechanisms/{code}/members.csv", "GET /mechanisms/{code}/members.xlsx",
			"GET /mechanisms/{code}/members.vcf", "GET /organisations", "GET /organisations/{id}", "GET /people/{id}",
			"GET /people/{id}/vcard", "GET /documents/{id}", "GET /indicators", "GET /indicators/{code}",
			"GET /api/v1/indicators", "GET /api/v1/indicators/{code}", "GET /api/v1/dimensions", "GET /login",
			"GET /code-lists", "GET /code-lists/{id}", "GET /api/v1/code-lists", "GET /api/v1/code-lists/{id}",
			"GET /api/v1/mechanisms", "GET /api/v1/organisations", "GET /api/v1/people", "POST /api/v1/auth/token",
			"GET /v3/api-docs", "GET /v3/api-docs.yaml", "GET /v3/api-docs/swagger-config", "GET /swagger-ui.html",
			"GET /error", "POST /error", "PUT /error", "DELETE /error", "PATCH /error", "HEAD /error", "OPTIONS /error",
			"GET /rsvp/{token}", "POST /rsvp/{token}", "GET /calendar/{token}.ics", "GET /mechanisms/{code}/programmes",
			"GET /programmes/{id}", "GET /mechanisms/{code}/agreements", "GET /agreements/{id}",
			"GET /sdmx/v2/structure/{type}", "GET /sdmx/v2/structure/{type}/{agency}",
			"GET /sdmx/v2/structure/{type}/{agency}/{ids}", "GET /sdmx/v2/structure/{type}/{agency}/{ids}/{version}",
			"GET /sdmx/v2/data/{context}/{agency}/{flow}", "GET /sdmx/v2/data/{context}/{agency}/{flow}/{version}",
			"GET /sdmx/v2/data/{context}/{agency}/{flow}/{version}/{key}", "GET /programmes/{id}/results",
			"GET /results/indicators/{id}", "GET /programmes/{id}/workplan", "GET /iati/activities.xml",
			"GET /programmes/{id}/workplan/timeline", "GET /search", "GET /search/suggest",
			"GET /programmes/{id}/guidance", "GET /password/forgot", "POST /password/forgot",
			"GET /password/set/{token}", "POST /password/set/{token}", "GET /access/request", "POST /access/request",
			"GET /login/code", "POST /login/code", "GET /sitemap.xml", "GET /public/accountability",
			"GET /public/{code}", "GET /public/meetings/{id}", "GET /public/decisions/{id}",
			"GET /public/recommendations/{id}", "GET /public/{code}/decisions.atom",
			"GET /public/{code}/meetings.atom");

	@Autowired
	MockMvcTester mvc;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	record Route(HttpMethod method, String pattern) {

		String key() {
			return this.method.name() + " " + this.pattern;
		}

		String url() {
			return this.pattern.replace("{code}", "CCM-TJ")
				.replace("{id}", "00000000-0000-4000-8000-000000000103")
				.replaceAll("\\{[^}]+}", "x");
		}

	}

	List<Route> routes() {
		List<Route> routes = new ArrayList<>();
		this.mappings.getHandlerMethods().forEach((info, method) -> {
			Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
			for (String pattern : info.getPatternValues()) {
				if (methods.isEmpty()) {
					for (String m : List.of("GET", "POST", "PUT", "DELETE", "PATCH", "HEAD", "OPTIONS")) {
						routes.add(new Route(HttpMethod.valueOf(m), pattern));
					}
				}
				methods.forEach((m) -> routes.add(new Route(HttpMethod.valueOf(m.name()), pattern)));
			}
		});
		return routes;
	}

	@Test
	void everyRouteIsDeniedToAnonymousVisitorsUnlessAllowlisted() {
		List<Route> routes = routes();
		assertThat(routes).hasSizeGreaterThan(20);
		Set<String> problems = new TreeSet<>();
		for (Route route : routes) {
			MvcTestResult result = this.mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
				.request(route.method(), route.url())
				.with(csrf()));
			int status = result.getResponse().getStatus();
			String location = result.getResponse().getHeader("Location");
			boolean denied = status == 401 || (status == 302 && location != null && location.endsWith("/login"));
			if (PUBLIC.contains(route.key())) {
				if (denied) {
					problems.add(route.key() + " is public but was denied (" + status + ")");
				}
			}
			else if (!denied) {
				problems.add(route.key() + " answered " + status + " to an anonymous visitor");
			}
		}
		assertThat(problems).isEmpty();
	}

	@Test
	void stateChangesWithoutCsrfTokenAreRefused() {
		for (Route route : routes()) {
			if (route.method() == HttpMethod.POST && !route.pattern().startsWith("/api/")
					&& !route.pattern().equals("/error")) {
				assertThat(this.mvc
					.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(route.url())
						.with(TestRequests.as("secretariat.tj"))))
					.as(route.key())
					.hasStatus(403);
			}
		}
	}

	@Test
	void actuatorExposesOnlyHealthAndMetrics() {
		assertThat(this.mvc.get().uri("/actuator/health")).hasStatusOk();
		assertThat(this.mvc.get().uri("/actuator/env").exchange().getResponse().getStatus()).isNotEqualTo(200);
		assertThat(this.mvc.get().uri("/actuator/beans").exchange().getResponse().getStatus()).isNotEqualTo(200);
	}

}
