package org.hamkori;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every documented answer is what its schema says, checked by an independent JSON Schema
 * validator (2020-12, which OpenAPI 3.1 schemas are): each GET operation of the
 * description that the demo data can answer is called as a demo user, and its JSON body
 * validated against the operation's 200 schema, with the description's schema components
 * as {@code $defs}. A required field missing, a null where the schema has no null, a
 * string where it says number: each fails the test, naming the operation and the place.
 */
@HamkoriWebTest
class ApiResponseSchemaTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	/** Demo values for path and query parameters that are not ids. */
	private static final Map<String, String> DEMO = Map.of("mechanism", "CCM-TJ", "indicator", "EMIGRANT_STOCK",
			"/mechanisms/{code}", "CCM-TJ", "/indicators/{code}", "EMIGRANT_STOCK", "/code-lists/{id}", "SEX");

	private static final Pattern TEMPLATE = Pattern.compile("\\{([^}]+)}");

	@Autowired
	MockMvcTester mvc;

	private String secretariat;

	private String regional;

	@Test
	void everyDocumentedAnswerMatchesItsSchema() throws Exception {
		this.secretariat = TestRequests.apiToken(this.mvc, "secretariat.tj");
		this.regional = TestRequests.apiToken(this.mvc, "regional");
		String text = this.mvc.get().uri("/v3/api-docs").exchange().getResponse().getContentAsString();
		JsonNode api = JSON.readTree(text.replace("#/components/schemas/", "#/$defs/"));
		SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
		List<String> checked = new ArrayList<>();
		List<String> failures = new ArrayList<>();
		List<String> skipped = new ArrayList<>();
		for (var path : api.get("paths").properties()) {
			JsonNode get = path.getValue().get("get");
			JsonNode schema = (get != null) ? get.at("/responses/200/content/application~1json/schema") : null;
			if (schema == null || schema.isMissingNode()) {
				continue;
			}
			String uri = address(path.getKey(), get);
			if (uri == null) {
				skipped.add(path.getKey());
				continue;
			}
			MvcTestResult result = call(uri);
			assertThat(result.getResponse().getStatus()).as(uri).isEqualTo(200);
			Schema validator = validator(registry, api, schema);
			JsonNode body = JSON.readTree(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
			for (Error error : validator.validate(body)) {
				failures.add(uri + " " + error.getInstanceLocation() + ": " + error.getMessage());
			}
			checked.add(uri);
		}
		System.out.println("Checked " + checked.size() + " answers; skipped " + skipped);
		assertThat(failures).as("answers that break their schema").isEmpty();
		assertThat(checked).as("checked, with %s skipped", skipped).hasSizeGreaterThanOrEqualTo(25);
	}

	@Test
	void theCheckCatchesAnAnswerThatBreaksItsSchema() throws Exception {
		String text = this.mvc.get().uri("/v3/api-docs").exchange().getResponse().getContentAsString();
		JsonNode api = JSON.readTree(text.replace("#/components/schemas/", "#/$defs/"));
		Schema validator = validator(SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12), api,
				api.at("/paths/~1api~1v1~1mechanisms/get/responses/200/content/application~1json/schema"));
		String good = this.mvc.get().uri("/api/v1/mechanisms").exchange().getResponse().getContentAsString();
		assertThat(validator.validate(JSON.readTree(good))).isEmpty();
		ObjectNode first = (ObjectNode) JSON.readTree(good).get(0);
		ObjectNode missing = first.deepCopy();
		missing.remove("code");
		assertThat(validator.validate(JSON.createArrayNode().add(missing))).isNotEmpty();
		ObjectNode nulled = first.deepCopy();
		nulled.putNull("code");
		assertThat(validator.validate(JSON.createArrayNode().add(nulled))).isNotEmpty();
	}

	private static Schema validator(SchemaRegistry registry, JsonNode api, JsonNode schema) {
		ObjectNode document = JSON.createObjectNode();
		document.put("$schema", "https://json-schema.org/draft/2020-12/schema");
		document.set("$defs", api.at("/components/schemas"));
		document.setAll((ObjectNode) schema);
		return registry.getSchema(document);
	}

	/**
	 * The address of an operation with demo values: names from {@link #DEMO}, ids from
	 * the first item of the list one level up; null when none is at hand.
	 */
	private String address(String path, JsonNode operation) throws Exception {
		StringBuilder uri = new StringBuilder();
		Matcher matcher = TEMPLATE.matcher(path);
		int from = 0;
		while (matcher.find()) {
			String prefix = path.substring(0, matcher.start());
			String named = DEMO.get(prefix.substring(prefix.lastIndexOf('/', prefix.length() - 2)) + matcher.group());
			String value = (named != null) ? named : firstId(uri + path.substring(from, matcher.start() - 1));
			if (value == null) {
				return null;
			}
			uri.append(path, from, matcher.start()).append(value);
			from = matcher.end();
		}
		uri.append(path.substring(from));
		char separator = '?';
		for (JsonNode parameter : operation.path("parameters")) {
			if (parameter.path("required").asBoolean() && "query".equals(parameter.path("in").asString())) {
				String value = DEMO.get(parameter.path("name").asString());
				if (value == null) {
					return null;
				}
				uri.append(separator).append(parameter.path("name").asString()).append('=').append(value);
				separator = '&';
			}
		}
		return uri.toString();
	}

	private String firstId(String list) throws Exception {
		MvcTestResult result = call(list.startsWith("/api/v1/meetings") || list.startsWith("/api/v1/actions")
				|| list.startsWith("/api/v1/issues") || list.startsWith("/api/v1/programmes")
				|| list.startsWith("/api/v1/organisations") ? list + "?mechanism=CCM-TJ" : list);
		if (result.getResponse().getStatus() != 200) {
			return null;
		}
		JsonNode items = JSON.readTree(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
		return (items.isArray() && !items.isEmpty() && items.get(0).hasNonNull("id"))
				? items.get(0).get("id").asString() : null;
	}

	/** As the national secretariat, or the regional one for what only it may see. */
	private MvcTestResult call(String uri) {
		MvcTestResult result = this.mvc.get().uri(uri).header("Authorization", "Bearer " + this.secretariat).exchange();
		if (result.getResponse().getStatus() == 404 || result.getResponse().getStatus() == 403) {
			result = this.mvc.get().uri(uri).header("Authorization", "Bearer " + this.regional).exchange();
		}
		return result;
	}

}
