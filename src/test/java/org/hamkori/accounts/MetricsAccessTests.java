package org.hamkori.accounts;

import org.junit.jupiter.api.Test;

import org.hamkori.HamkoriWebTest;
import org.hamkori.TestRequests;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Prometheus metrics (per-route counts) are for a scraper with an admin account's
 * bearer token only: anonymous callers get 401, other accounts 403.
 */
@HamkoriWebTest
class MetricsAccessTests {

	@Autowired
	MockMvcTester mvc;

	@Test
	void onlyAnAdminsBearerTokenReadsTheMetrics() {
		assertThat(this.mvc.get().uri("/actuator/prometheus")).hasStatus(401);
		String member = TestRequests.apiToken(this.mvc, "secretariat.tj");
		assertThat(this.mvc.get().uri("/actuator/prometheus").header("Authorization", "Bearer " + member))
			.hasStatus(403);
		String admin = TestRequests.apiToken(this.mvc, "admin");
		assertThat(this.mvc.get()
			.uri("/actuator/prometheus")
			.header("Authorization", "Bearer " + admin)
			.exchange()
			.getResponse()
			.getStatus()).isNotIn(401, 403);
		assertThat(this.mvc.get().uri("/actuator/health")).hasStatusOk();
	}

}
