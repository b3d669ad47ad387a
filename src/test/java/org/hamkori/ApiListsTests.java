package org.hamkori;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every list of the API pages: {@code limit} items from an opaque {@code cursor}, the
 * body still the array, {@code X-Total-Count} and {@code Link: rel="next"} in the
 * headers; walking the links gives every item once. Values out of range are refused with
 * a 400 problem document naming the parameter, never rewritten.
 */
@HamkoriWebTest
class ApiListsTests {

	private static final Pattern NEXT = Pattern.compile("<([^>]+)>; rel=\"next\"");

	@Autowired
	MockMvcTester mvc;

	@Test
	void walkingTheLinksGivesEveryItemOnce() throws Exception {
		MvcTestResult whole = this.mvc.get().uri("/api/v1/code-lists").exchange();
		List<String> all = JsonPath.read(whole.getResponse().getContentAsString(), "$[*].id");
		assertThat(all).hasSizeGreaterThan(3);
		assertThat(whole.getResponse().getHeader("X-Total-Count")).isEqualTo(Integer.toString(all.size()));
		assertThat(whole.getResponse().getHeader("Link")).isNull();

		List<String> walked = new ArrayList<>();
		String uri = "/api/v1/code-lists?limit=2";
		int pages = 0;
		while (uri != null) {
			MvcTestResult page = this.mvc.get().uri(uri).exchange();
			assertThat(page.getResponse().getStatus()).isEqualTo(200);
			assertThat(page.getResponse().getHeader("X-Total-Count")).isEqualTo(Integer.toString(all.size()));
			List<String> ids = JsonPath.read(page.getResponse().getContentAsString(), "$[*].id");
			assertThat(ids).hasSizeBetween(1, 2);
			walked.addAll(ids);
			String link = page.getResponse().getHeader("Link");
			uri = null;
			if (link != null) {
				Matcher matcher = NEXT.matcher(link);
				assertThat(matcher.matches()).as(link).isTrue();
				uri = matcher.group(1);
				assertThat(uri).contains("limit=2").contains("cursor=");
			}
			pages++;
		}
		assertThat(walked).isEqualTo(all);
		assertThat(pages).isEqualTo((all.size() + 1) / 2);
	}

	@ParameterizedTest
	@ValueSource(strings = { "limit=0", "limit=1001", "limit=-5", "limit=abc", "limit=2.5", "cursor=not-ours",
			"cursor=b2Zmc2V0Oi0x", "cursor=%25%25" })
	void valuesOutOfRangeAreRefusedNamingTheParameter(String query) throws Exception {
		MvcTestResult refused = this.mvc.get()
			.uri("/api/v1/code-lists?" + query)
			.header("Accept-Language", "ru")
			.exchange();
		assertThat(refused.getResponse().getStatus()).isEqualTo(400);
		assertThat(refused.getResponse().getContentType()).startsWith("application/problem+json");
		String body = refused.getResponse().getContentAsString();
		String parameter = query.substring(0, query.indexOf('='));
		assertThat(JsonPath.<String>read(body, "$.code")).isEqualTo("api.list." + parameter);
		assertThat(JsonPath.<String>read(body, "$.problems[0].field")).isEqualTo(parameter);
		assertThat(JsonPath.<String>read(body, "$.detail")).contains("Параметр " + parameter);
	}

	@Test
	void theDescriptionNamesTheParametersAndHeadersOfEveryList() {
		var docs = this.mvc.get().uri("/v3/api-docs").exchange();
		assertThat(docs).bodyJson()
			.extractingPath("$.paths['/api/v1/mechanisms'].get.parameters[*].name")
			.asArray()
			.contains("limit", "cursor");
		assertThat(docs).bodyJson()
			.extractingPath("$.paths['/api/v1/mechanisms'].get.responses['200'].headers")
			.asMap()
			.containsKeys("X-Total-Count", "Link");
		// the figures keep their own pages of thousands
		assertThat(docs).bodyJson()
			.extractingPath("$.paths['/api/v1/data-values'].get.parameters[?(@.name == 'limit')].description")
			.asArray()
			.singleElement()
			.asString()
			.contains("10000");
	}

}
