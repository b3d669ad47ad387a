package org.hamkori.analytics;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.jayway.jsonpath.JsonPath;
import org.hamkori.HamkoriWebTest;
import org.hamkori.TestRequests;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The data-values API pages a long answer instead of cutting it: walking {@code next}
 * from the first page gives every figure the caller may see exactly once, in a stable
 * order, even where two institutions' series share period and codes, and while a new
 * approval lands between two pages. The answers are read with JsonPath.
 */
@HamkoriWebTest
class DataValuesPagingTests {

	private static final String[] DESTINATIONS = { "RUS", "KAZ", "TUR", "_T" };

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcClient jdbc;

	@Test
	void walkingNextGivesEveryValueExactlyOnce() throws Exception {
		int year = PublishedFigures.randomYear();
		Set<String> expected = new HashSet<>();
		Instant approved = Instant.parse("2026-02-01T00:00:00Z");
		for (String institution : List.of("NBT", "MLME")) {
			PublishedFigures set = PublishedFigures.of(this.jdbc, PublishedFigures.CCM_TJ, institution, "MEMBERS");
			String code = set.dataSetCode();
			int n = 0;
			for (int y = year; y < year + 3; y++) {
				for (String sex : List.of("M", "F")) {
					for (String destination : DESTINATIONS) {
						String value = (++n) + "." + institution.length();
						set.value("REMITTANCES", y, sex, destination, value, approved);
						expected.add(String.join(" ", code, String.valueOf(y), sex, destination, value));
					}
				}
			}
		}
		assertThat(expected).hasSize(48);
		String token = TestRequests.apiToken(this.mvc, "secretariat.tj");

		List<String> seen = new ArrayList<>();
		List<String> periods = new ArrayList<>();
		String next = "/api/v1/data-values?mechanism=CCM-TJ&indicator=REMITTANCES&from=" + year + "&to=" + (year + 2)
				+ "&limit=7";
		int pages = 0;
		while (next != null) {
			MvcTestResult page = this.mvc.get().uri(next).header("Authorization", "Bearer " + token).exchange();
			assertThat(page).hasStatusOk();
			String json = page.getResponse().getContentAsString(StandardCharsets.UTF_8);
			List<Map<String, Object>> values = JsonPath.read(json, "$.values");
			assertThat(values.size()).isLessThanOrEqualTo(7);
			for (Map<String, Object> v : values) {
				seen.add(String.join(" ", (String) v.get("dataSet"), (String) v.get("period"), (String) v.get("sex"),
						(String) v.get("counterpartArea"), v.get("value").toString()));
				periods.add((String) v.get("period"));
			}
			assertThat((Boolean) JsonPath.read(json, "$.truncated")).isFalse();
			assertThat(JsonPath.<String>read(json, "$.dataAsOf")).isEqualTo("2026-02-01T00:00:00Z");
			next = JsonPath.read(json, "$.next");
			if (next != null) {
				assertThat(page.getResponse().getHeader("Link")).isEqualTo("<" + next + ">; rel=\"next\"");
				if (pages == 2) {
					// an approval of another period arrives between two pages
					PublishedFigures.of(this.jdbc, PublishedFigures.CCM_TJ, "MLSPP", "MEMBERS")
						.total("REMITTANCES", year + 1, "5");
				}
			}
			pages++;
		}
		assertThat(pages).isEqualTo(7);
		assertThat(seen).doesNotHaveDuplicates();
		assertThat(seen).filteredOn((s) -> !s.endsWith(" 5")).containsExactlyInAnyOrderElementsOf(expected);
		assertThat(periods).isSorted();
	}

	@Test
	void aPageSizeOrCursorOutOfBoundsIsRefused() {
		String token = TestRequests.apiToken(this.mvc, "secretariat.tj");
		for (String bad : List.of("limit=0", "limit=10001", "cursor=bm90IGEgY3Vyc29y", "cursor=%25%25")) {
			assertThat(this.mvc.get()
				.uri("/api/v1/data-values?mechanism=CCM-TJ&indicator=RETURNS&from=2020&to=2024&" + bad)
				.header("Authorization", "Bearer " + token)).as(bad).hasStatus(400);
		}
	}

}
