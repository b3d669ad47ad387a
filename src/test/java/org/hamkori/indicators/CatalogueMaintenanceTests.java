package org.hamkori.indicators;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import org.hamkori.HamkoriWebTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamkori.TestRequests.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * The platform admin and the regional secretariat keep the catalogue by API and on pages,
 * with history; a national secretariat is refused, and refusals speak the caller's
 * language.
 */
@HamkoriWebTest
class CatalogueMaintenanceTests {

	@Autowired
	org.hamkori.accounts.web.PersonNames people;

	@Autowired
	MockMvcTester mvc;

	@Autowired
	IndicatorCatalogue catalogue;

	@Autowired
	JdbcClient jdbc;

	static String unique(String prefix) {
		return prefix + "_" + UUID.randomUUID().toString().substring(0, 8).toUpperCase().replace('-', '_');
	}

	static String body(String code, String unit, String dimensions) {
		return """
				{"code":"%s","name":{"en":"Seasonal workers abroad","ru":"Сезонные работники за рубежом"},
				 "definition":{"en":"Persons working abroad in seasonal jobs at mid-year."},
				 "unit":"%s","unitMultiplier":3,"kind":"STOCK","periodicity":"ANNUAL","aggregation":"LAST",
				 "source":"Labour force survey","reference":"ICLS 20 (2018)","dimensions":[%s]}""".formatted(code, unit,
				dimensions);
	}

	@Test
	void theRegionalSecretariatAddsAndEditsAnIndicatorWithHistory() throws Exception {
		String code = unique("SEASONAL");
		MvcTestResult created = this.mvc.post()
			.uri("/api/v1/indicators")
			.with(as("regional"))
			.contentType(MediaType.APPLICATION_JSON)
			.content(body(code, "persons", "\"SEX\""))
			.exchange();
		assertThat(created).hasStatus(201);
		assertThat(created.getResponse().getHeader("ETag")).isEqualTo("\"0\"");

		MvcTestResult got = this.mvc.get().uri("/api/v1/indicators/" + code).exchange();
		assertThat(got.getResponse().getHeader("ETag")).isEqualTo("\"0\"");
		String read = got.getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat((Integer) JsonPath.read(read, "$.unitMultiplier")).isEqualTo(3);
		assertThat((String) JsonPath.read(read, "$.kind")).isEqualTo("STOCK");
		assertThat((String) JsonPath.read(read, "$.reference")).isEqualTo("ICLS 20 (2018)");
		assertThat((String) JsonPath.read(read, "$.name.ru")).isEqualTo("Сезонные работники за рубежом");

		MvcTestResult updated = this.mvc.put()
			.uri("/api/v1/indicators/" + code)
			.with(as("admin"))
			.header("If-Match", "\"0\"")
			.contentType(MediaType.APPLICATION_JSON)
			.content(body(code, "thousand persons", "\"SEX\",\"COUNTERPART_AREA\""))
			.exchange();
		assertThat(updated).hasStatusOk();
		assertThat(updated.getResponse().getHeader("ETag")).isEqualTo("\"1\"");

		// a stale version is refused
		assertThat(this.mvc.put()
			.uri("/api/v1/indicators/" + code)
			.with(as("admin"))
			.header("If-Match", "\"0\"")
			.contentType(MediaType.APPLICATION_JSON)
			.content(body(code, "persons", "\"SEX\",\"COUNTERPART_AREA\""))).hasStatus(412);

		IndicatorCatalogue.Indicator now = this.catalogue.indicator(code).orElseThrow();
		assertThat(now.unit()).isEqualTo("thousand persons");
		assertThat(now.dimensions()).containsExactly("SEX", "COUNTERPART_AREA");

		String history = this.mvc.get()
			.uri("/api/v1/indicators/" + code + "/history")
			.with(as("regional"))
			.exchange()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		List<String> actions = JsonPath.read(history, "$[*].action");
		List<String> actors = JsonPath.read(history, "$[*].actor");
		assertThat(actions).containsExactly("updated", "created");
		assertThat(actors).containsExactly("admin", "regional");
		List<String> before = JsonPath.read(history, "$[0].changes.unit");
		assertThat(before).containsExactly("persons", "thousand persons");
		Long audited = this.jdbc.sql("select count(*) from audit_entry where record_type = 'indicator'")
			.query(Long.class)
			.single();
		assertThat(audited).isGreaterThanOrEqualTo(2);

		// the page names people, not accounts (issue 14): the regional secretariat's
		// member
		assertThat(this.mvc.get().uri("/indicators/" + code).with(as("regional"))).hasStatusOk()
			.bodyText()
			.contains(this.people.name("regional"), "admin", "unit")
			.doesNotContain(">regional<");
	}

	@Test
	void aNationalSecretariatIsRefused() throws Exception {
		String code = unique("REFUSED");
		assertThat(this.mvc.post()
			.uri("/api/v1/indicators")
			.with(as("secretariat.tj"))
			.contentType(MediaType.APPLICATION_JSON)
			.content(body(code, "persons", "\"SEX\""))).hasStatus(403);
		assertThat(this.mvc.put()
			.uri("/api/v1/indicators/DEPARTURES")
			.with(as("secretariat.tj"))
			.contentType(MediaType.APPLICATION_JSON)
			.content(body("DEPARTURES", "persons", "\"SEX\""))).hasStatus(403);
		assertThat(this.mvc.post()
			.uri("/api/v1/code-lists/COUNTERPART_AREA/codes")
			.with(as("focal.nbt.tj"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"code\":\"XKX\",\"name\":{\"en\":\"Kosovo\"}}")).hasStatus(403);
		assertThat(this.mvc.get().uri("/catalogue/indicators/new").with(as("secretariat.tj"))).hasStatus(403);
		assertThat(this.mvc.post()
			.uri("/catalogue/indicators")
			.with(as("secretariat.tj"))
			.with(csrf())
			.param("code", code)
			.param("nameEn", "X")).hasStatus(403);
		assertThat(this.mvc.post().uri("/api/v1/indicators").contentType(MediaType.APPLICATION_JSON).content("{}"))
			.hasStatus(401);
		assertThat(this.catalogue.indicator(code)).isEmpty();
	}

	@Test
	void refusalsNameEachFieldInTheCallersLanguage() throws Exception {
		MvcTestResult refused = this.mvc.post()
			.uri("/api/v1/indicators")
			.with(as("admin"))
			.header("Accept-Language", "ru")
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"code":"bad code","name":{},"definition":{"en":"x"},"unit":"persons","kind":"STOCK",
					 "periodicity":"ANNUAL","aggregation":"SUM","source":"x","dimensions":["NOPE"]}""")
			.exchange();
		assertThat(refused).hasStatus(422);
		String json = refused.getResponse().getContentAsString(StandardCharsets.UTF_8);
		List<String> fields = JsonPath.read(json, "$.problems[*].field");
		assertThat(fields).contains("code", "name", "aggregation", "dimensions");
		List<String> aggregation = JsonPath.read(json, "$.problems[?(@.field == 'aggregation')].message");
		assertThat(String.join(" ", aggregation)).contains("Запас");
		List<String> dimensions = JsonPath.read(json, "$.problems[?(@.field == 'dimensions')].message");
		assertThat(String.join(" ", dimensions)).contains("NOPE");

		// a disaggregation is never removed
		MvcTestResult removed = this.mvc.put()
			.uri("/api/v1/indicators/DEPARTURES")
			.with(as("admin"))
			.contentType(MediaType.APPLICATION_JSON)
			.content(body("DEPARTURES", "persons", "\"SEX\""))
			.exchange();
		assertThat(removed).hasStatus(422);
		assertThat(removed.getResponse().getContentAsString(StandardCharsets.UTF_8)).contains("COUNTERPART_AREA");
	}

	@Test
	void theAdminAddsAnIndicatorOnThePageAndSeesProblemsWithWhatWasTyped() throws Exception {
		assertThat(this.mvc.get().uri("/catalogue/indicators/new").with(as("admin"))).hasStatusOk()
			.bodyText()
			.contains("nameKy");
		String code = unique("PAGE");
		assertThat(newOnPage(code, "")).hasStatusOk().bodyText().contains("Typed definition", "at least one language");
		assertThat(newOnPage(code, "Page indicator")).hasRedirectedUrl("/indicators/" + code + "?saved");
		assertThat(this.catalogue.indicator(code).orElseThrow().dimensions()).containsExactly("SEX");
	}

	MvcTestResult newOnPage(String code, String name) {
		return this.mvc.post()
			.uri("/catalogue/indicators")
			.with(as("admin"))
			.with(csrf())
			.param("code", code)
			.param("nameEn", name)
			.param("definitionEn", "Typed definition")
			.param("unit", "persons")
			.param("unitMultiplier", "0")
			.param("kind", "FLOW")
			.param("periodicity", "ANNUAL")
			.param("aggregation", "SUM")
			.param("source", "Survey")
			.param("dimensions", "SEX")
			.exchange();
	}

	@Test
	void anExtraCodeIsAddedByApiAndPageAndIsThenResolved() throws Exception {
		String code = "Z" + UUID.randomUUID().toString().substring(0, 6).toUpperCase().replace('-', '_');
		assertThat(this.mvc.post()
			.uri("/api/v1/code-lists/MIGRANT_CATEGORY/codes")
			.with(as("regional"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"code\":\"%s\",\"name\":{\"en\":\"Seasonal %s\",\"ru\":\"Сезонные %s\"}}".formatted(code, code,
					code)))
			.hasStatus(201);
		assertThat(this.catalogue.codeList("MIGRANT_CATEGORY").orElseThrow().code(code)).isPresent();
		assertThat(this.mvc.post()
			.uri("/api/v1/code-lists/MIGRANT_CATEGORY/codes")
			.with(as("regional"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"code\":\"%s\",\"name\":{\"en\":\"Again\"}}".formatted(code))).hasStatus(422);
		assertThat(this.mvc.put()
			.uri("/api/v1/code-lists/MIGRANT_CATEGORY/codes/" + code)
			.with(as("admin"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\":{\"en\":\"Seasonal workers %s\"}}".formatted(code))).hasStatus(204);
		assertThat(this.catalogue.codeList("MIGRANT_CATEGORY").orElseThrow().code(code).orElseThrow().name().get("en"))
			.isEqualTo("Seasonal workers " + code);

		String page = "P" + UUID.randomUUID().toString().substring(0, 6).toUpperCase().replace('-', '_');
		assertThat(this.mvc.post()
			.uri("/code-lists/MIGRANT_CATEGORY/codes")
			.with(as("admin"))
			.with(csrf())
			.param("code", page)
			.param("nameEn", "Page code " + page)).hasRedirectedUrl("/code-lists/MIGRANT_CATEGORY?saved");
		assertThat(this.mvc.get().uri("/code-lists/MIGRANT_CATEGORY").with(as("admin"))).hasStatusOk()
			.bodyText()
			.contains("Page code " + page, "Seasonal workers " + code);
		assertThat(this.mvc.post()
			.uri("/api/v1/code-lists/REF_AREA/codes")
			.with(as("admin"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"code\":\"XKX\",\"name\":{\"en\":\"Kosovo\"}}")).hasStatus(404);
	}

	@Test
	void anExtraCodeIsRenamedOnItsPageWithHistoryAndAStaleFormIsKept() throws Exception {
		String code = "R" + UUID.randomUUID().toString().substring(0, 6).toUpperCase().replace('-', '_');
		assertThat(this.mvc.post()
			.uri("/code-lists/MIGRANT_CATEGORY/codes")
			.with(as("admin"))
			.with(csrf())
			.param("code", code)
			.param("nameEn", "Before " + code)).hasRedirectedUrl("/code-lists/MIGRANT_CATEGORY?saved");
		assertThat(this.mvc.get().uri("/code-lists/MIGRANT_CATEGORY").with(as("regional"))).hasStatusOk()
			.bodyText()
			.contains("/code-lists/MIGRANT_CATEGORY/codes/" + code);
		assertThat(this.mvc.get().uri("/code-lists/MIGRANT_CATEGORY/codes/" + code + "?lang=ru").with(as("regional")))
			.hasStatusOk()
			.bodyText()
			.contains("Переименовать код " + code, "Before " + code);

		assertThat(this.mvc.post()
			.uri("/code-lists/MIGRANT_CATEGORY/codes/" + code)
			.with(as("regional"))
			.with(csrf())
			.param("code", code)
			.param("version", "0")
			.param("nameEn", "After " + code)
			.param("nameRu", "После " + code)).hasRedirectedUrl("/code-lists/MIGRANT_CATEGORY?saved");
		assertThat(this.catalogue.codeList("MIGRANT_CATEGORY").orElseThrow().code(code).orElseThrow().name().get("ru"))
			.isEqualTo("После " + code);
		assertThat(this.mvc.get().uri("/code-lists/MIGRANT_CATEGORY").with(as("regional"))).bodyText()
			.contains("After " + code);

		// A form read before that change keeps what was typed and says why it was not
		// saved.
		assertThat(this.mvc.post()
			.uri("/code-lists/MIGRANT_CATEGORY/codes/" + code)
			.with(as("admin"))
			.with(csrf())
			.param("version", "0")
			.param("nameEn", "Stale " + code)).hasStatusOk()
			.bodyText()
			.contains("Stale " + code, "Someone renamed this code meanwhile");
		assertThat(this.catalogue.codeList("MIGRANT_CATEGORY").orElseThrow().code(code).orElseThrow().name().get("en"))
			.isEqualTo("After " + code);

		// Only the catalogue's keepers rename, and only stored codes of the dimensions.
		assertThat(this.mvc.get().uri("/code-lists/MIGRANT_CATEGORY/codes/" + code).with(as("secretariat.tj")))
			.hasStatus(403);
		assertThat(this.mvc.post()
			.uri("/code-lists/MIGRANT_CATEGORY/codes/" + code)
			.with(as("secretariat.tj"))
			.with(csrf())
			.param("nameEn", "Taken over")).hasStatus(403);
		assertThat(this.mvc.get().uri("/code-lists/REF_AREA/codes/TJK").with(as("admin"))).hasStatus(404);
		assertThat(this.mvc.get().uri("/code-lists/COUNTERPART_AREA/codes/EGY").with(as("admin"))).hasStatus(404);
	}

}
