package org.hamkori.search;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.hamkori.HamkoriWebTest;
import org.hamkori.TestRequests;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamkori.TestRequests.as;

/**
 * The search page, the header's suggestions and {@code GET /api/v1/search}: the shapes,
 * the highlighting, and the same rights as everywhere.
 */
@HamkoriWebTest
class SearchWebTests {

	private static boolean built;

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private SearchIndexer indexer;

	@BeforeEach
	void build() {
		if (!built) {
			this.indexer.rebuild();
			built = true;
		}
	}

	@Test
	void thePageGroupsAndHighlightsWhatTheViewerMaySee() throws Exception {
		MvcTestResult page = this.mvc.get().uri("/search?q=сборов&lang=ru").with(as("secretariat.uz")).exchange();
		assertThat(page).hasStatusOk();
		String html = page.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		assertThat(html).contains("<mark>Сборы</mark>").contains("id=\"group-issue\"").contains("Вопросы");
		MvcTestResult other = this.mvc.get().uri("/search?q=сборов&lang=ru").with(as("secretariat.kz")).exchange();
		assertThat(other.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8))
			.doesNotContain("Сборы с мигрантов");
	}

	@Test
	void withoutWordsThePageInvitesThem() {
		MvcTestResult page = this.mvc.get().uri("/search").exchange();
		assertThat(page).hasStatusOk();
		assertThat(page).bodyText().contains("Type one or more words");
	}

	@Test
	void theHeaderSuggestsWhileTyping() {
		MvcTestResult hints = this.mvc.get()
			.uri("/search/suggest?q=Dushanbe")
			.header("HX-Request", "true")
			.with(as("secretariat.tj"))
			.exchange();
		assertThat(hints).hasStatusOk();
		assertThat(hints).bodyText().contains("/meetings/").contains("/search?q=Dushanbe");
		MvcTestResult page = this.mvc.get().uri("/mechanisms").exchange();
		assertThat(page).bodyText().contains("action=\"/search\"").contains("data-hx-get=\"/search/suggest\"");
	}

	@Test
	void theApiAnswersTypeTitleUrlAndMechanismPaged() {
		String token = TestRequests.apiToken(this.mvc, "secretariat.uz");
		MvcTestResult all = this.mvc.get()
			.uri("/api/v1/search?q=сборов")
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
			.exchange();
		assertThat(all).hasStatusOk();
		assertThat(all).bodyJson().extractingPath("$[?(@.type == 'issue')].mechanism").asArray().contains("CCM-UZ");
		assertThat(all).bodyJson().extractingPath("$[0].title").isNotNull();
		assertThat(all).bodyJson().extractingPath("$[0].url").asString().startsWith("/");
		int total = Integer.parseInt(all.getResponse().getHeader("X-Total-Count"));
		assertThat(total).isGreaterThan(1);
		MvcTestResult first = this.mvc.get()
			.uri("/api/v1/search?q=сборов&limit=1")
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
			.exchange();
		assertThat(first).bodyJson().extractingPath("$.length()").isEqualTo(1);
		assertThat(first.getResponse().getHeader(HttpHeaders.LINK)).contains("rel=\"next\"");
		String other = TestRequests.apiToken(this.mvc, "secretariat.kz");
		MvcTestResult theirs = this.mvc.get()
			.uri("/api/v1/search?q=Сборы с мигрантов за трудоустройство&type=issue")
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + other)
			.exchange();
		assertThat(theirs).hasStatusOk();
		assertThat(theirs).bodyJson().extractingPath("$[?(@.mechanism == 'CCM-UZ')]").asArray().isEmpty();
		assertThat(this.mvc.get()
			.uri("/api/v1/search?q=x&mechanism=NOPE")
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + token)).hasStatus(404);
	}

}
