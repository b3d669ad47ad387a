package org.hamkori;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The API's reads carry an ETag and answer 304 to an If-None-Match that still holds; the
 * caller alone may keep them and must ask again ({@code private, no-cache}). The OpenAPI
 * description says so.
 */
@HamkoriWebTest
class ApiCachingTests {

	@Autowired
	MockMvcTester mvc;

	@Test
	void aReadAnswers304WhileItsEtagHolds() throws Exception {
		MvcTestResult first = this.mvc.get().uri("/api/v1/mechanisms").exchange();
		assertThat(first.getResponse().getStatus()).isEqualTo(200);
		String etag = first.getResponse().getHeader("ETag");
		assertThat(etag).isNotBlank().startsWith("\"");
		assertThat(first.getResponse().getHeader("Cache-Control")).isEqualTo("private, no-cache");

		MvcTestResult again = this.mvc.get().uri("/api/v1/mechanisms").header("If-None-Match", etag).exchange();
		assertThat(again.getResponse().getStatus()).isEqualTo(304);
		assertThat(again.getResponse().getContentAsByteArray()).isEmpty();
		assertThat(again.getResponse().getHeader("ETag")).isEqualTo(etag);

		MvcTestResult stale = this.mvc.get().uri("/api/v1/mechanisms").header("If-None-Match", "\"0abc\"").exchange();
		assertThat(stale.getResponse().getStatus()).isEqualTo(200);
		assertThat(stale.getResponse().getContentAsString()).isEqualTo(first.getResponse().getContentAsString());
	}

	@Test
	void anotherPageIsAnotherEtag() throws Exception {
		String first = this.mvc.get().uri("/api/v1/code-lists?limit=1").exchange().getResponse().getHeader("ETag");
		String both = this.mvc.get().uri("/api/v1/code-lists?limit=2").exchange().getResponse().getHeader("ETag");
		assertThat(first).isNotEqualTo(both);
	}

	@Test
	void aRecordKeepsItsVersionAsEtag() throws Exception {
		MvcTestResult one = this.mvc.get().uri("/api/v1/indicators/EMIGRANT_STOCK").exchange();
		String etag = one.getResponse().getHeader("ETag");
		assertThat(etag).matches("\"\\d+\"");
		assertThat(this.mvc.get().uri("/api/v1/indicators/EMIGRANT_STOCK").header("If-None-Match", etag))
			.hasStatus(304);
	}

	@Test
	void errorsAndWritesCarryNoEtag() throws Exception {
		MvcTestResult missing = this.mvc.get().uri("/api/v1/indicators/NO_SUCH_CODE").exchange();
		assertThat(missing.getResponse().getStatus()).isEqualTo(404);
		assertThat(missing.getResponse().getHeader("ETag")).isNull();
	}

	@Test
	void theDescriptionNamesTheEtagAndThe304() {
		var docs = this.mvc.get().uri("/v3/api-docs").exchange();
		assertThat(docs).bodyJson()
			.extractingPath("$.paths['/api/v1/mechanisms'].get.responses['200'].headers")
			.asMap()
			.containsKeys("ETag", "Cache-Control");
		assertThat(docs).bodyJson()
			.extractingPath("$.paths['/api/v1/mechanisms'].get.responses")
			.asMap()
			.containsKey("304");
		assertThat(docs).bodyJson()
			.extractingPath("$.paths['/api/v1/series'].get.responses['200'].headers")
			.asMap()
			.containsKey("Last-Modified");
	}

}
