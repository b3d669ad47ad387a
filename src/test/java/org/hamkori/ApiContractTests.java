package org.hamkori;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The OpenAPI description tells the truth, read by an independent parser
 * (swagger-parser): it validates without a message, has no server-side argument as a
 * parameter, says for every operation whether it needs a token, types answers as JSON and
 * errors as problem documents, and every GET list answers what its schema says about
 * required and nullable fields.
 */
@HamkoriWebTest
class ApiContractTests {

	/**
	 * Values of the demo data for the required query parameters of the GET operations.
	 */
	private static final Map<String, String> DEMO_VALUES = Map.of("mechanism", "CCM-TJ", "indicator", "EMIGRANT_STOCK",
			"q", "migration");

	/**
	 * Refusals documented with their own JSON instead of a problem document: the report
	 * of the data-values API, which lists every refused value.
	 */
	private static final java.util.Set<String> NOT_PROBLEMS = java.util.Set.of();

	@Autowired
	MockMvcTester mvc;

	private String json;

	private OpenAPI api;

	@BeforeEach
	void read() throws Exception {
		this.json = this.mvc.get().uri("/v3/api-docs").exchange().getResponse().getContentAsString();
		ParseOptions options = new ParseOptions();
		options.setResolve(true);
		SwaggerParseResult result = new OpenAPIV3Parser().readContents(this.json, null, options);
		assertThat(result.getMessages()).as("validation messages").isEmpty();
		this.api = result.getOpenAPI();
	}

	@Test
	void theDescriptionIsNamedAndVersioned() {
		assertThat(this.api.getInfo().getTitle()).isEqualTo("Hamkori API");
		assertThat(this.api.getInfo().getVersion()).isNotBlank().isNotEqualTo("v0");
		assertThat(this.api.getInfo().getDescription()).contains("Bearer");
	}

	@Test
	void theViewerIsNoParameter() {
		operations().forEach((where,
				operation) -> assertThat(
						(operation.getParameters() != null) ? operation.getParameters() : List.<Parameter>of())
					.as(where)
					.extracting(Parameter::getName)
					.doesNotContainAnyElementsOf(List.of("viewer", "locale")));
	}

	@Test
	void everyOperationNeedsTheBearerTokenOrIsExplicitlyPublic() throws Exception {
		assertThat(this.api.getComponents().getSecuritySchemes().get("bearer").getScheme()).isEqualTo("bearer");
		operations().forEach((where, operation) -> {
			assertThat(operation.getSecurity()).as(where).isNotNull();
			boolean open = operation.getSecurity().isEmpty()
					|| operation.getSecurity().stream().anyMatch((requirement) -> requirement.isEmpty());
			if (where.startsWith("GET ") && !where.contains("{")) {
				int status = this.mvc.get().uri(where.substring(4)).exchange().getResponse().getStatus();
				assertThat(status == 401).as("%s answers 401 without a token", where).isEqualTo(!open);
			}
		});
	}

	@Test
	void answersAreJsonAndErrorsAreProblemDocuments() {
		assertThat(this.json).doesNotContain("*/*");
		operations().forEach((where, operation) -> {
			assertThat(operation.getResponses()).as(where).containsKey("401");
			operation.getResponses().forEach((status, response) -> {
				ApiResponse resolved = resolve(response);
				if ((status.startsWith("4") || status.startsWith("5"))
						&& !NOT_PROBLEMS.contains(where + " " + status)) {
					assertThat(resolved.getContent()).as("%s %s", where, status)
						.containsOnlyKeys("application/problem+json");
				}
				else if (resolved.getContent() != null) {
					assertThat(resolved.getContent()).as("%s %s", where, status).isNotEmpty();
				}
			});
		});
	}

	@Test
	void everyListAnswersWhatItsSchemaSays() throws Exception {
		String token = TestRequests.apiToken(this.mvc, "secretariat.tj");
		String regional = TestRequests.apiToken(this.mvc, "regional");
		List<String> checked = new ArrayList<>();
		for (var entry : operations().entrySet()) {
			String where = entry.getKey();
			Operation operation = entry.getValue();
			if (!where.startsWith("GET ") || where.contains("{")) {
				continue;
			}
			StringBuilder uri = new StringBuilder(where.substring(4));
			char separator = '?';
			for (Parameter parameter : (operation.getParameters() != null) ? operation.getParameters()
					: List.<Parameter>of()) {
				if (Boolean.TRUE.equals(parameter.getRequired())) {
					assertThat(DEMO_VALUES).as("a demo value for %s of %s", parameter.getName(), where)
						.containsKey(parameter.getName());
					uri.append(separator)
						.append(parameter.getName())
						.append('=')
						.append(DEMO_VALUES.get(parameter.getName()));
					separator = '&';
				}
			}
			// the national secretariat, or the regional one for the regional lists
			MvcTestResult result = this.mvc.get()
				.uri(uri.toString())
				.header("Authorization", "Bearer " + token)
				.exchange();
			if (result.getResponse().getStatus() == 404) {
				result = this.mvc.get().uri(uri.toString()).header("Authorization", "Bearer " + regional).exchange();
			}
			assertThat(result.getResponse().getStatus()).as(uri.toString()).isEqualTo(200);
			Schema<?> schema = operation.getResponses().get("200").getContent().get("application/json").getSchema();
			Object body = new ObjectMapper().readValue(result.getResponse().getContentAsString(), Object.class);
			check(body, schema, uri.toString());
			checked.add(uri.toString());
		}
		assertThat(checked).hasSizeGreaterThan(10);
	}

	/**
	 * Checks a JSON value against its schema: required fields present, null only where
	 * nullable.
	 */
	private void check(Object value, Schema<?> declared, String at) {
		Schema<?> schema = deref(declared);
		if (value == null) {
			assertThat(nullable(schema)).as("%s is null but its schema does not allow null", at).isTrue();
			return;
		}
		if (schema.getOneOf() != null) {
			schema.getOneOf()
				.stream()
				.filter((branch) -> !isNull(branch))
				.findFirst()
				.ifPresent((branch) -> check(value, branch, at));
			return;
		}
		if (value instanceof Map<?, ?> object && schema.getProperties() != null) {
			if (schema.getRequired() != null) {
				assertThat(new ArrayList<Object>(object.keySet())).as("%s has its required fields", at)
					.containsAll(new ArrayList<Object>(schema.getRequired()));
			}
			schema.getProperties().forEach((name, property) -> {
				if (object.containsKey(name)) {
					check(object.get(name), property, at + "." + name);
				}
			});
		}
		if (value instanceof List<?> list && schema.getItems() != null) {
			for (int i = 0; i < list.size(); i++) {
				check(list.get(i), schema.getItems(), at + "[" + i + "]");
			}
		}
	}

	private static boolean nullable(Schema<?> schema) {
		return isNull(schema) || Boolean.TRUE.equals(schema.getNullable())
				|| (schema.getOneOf() != null && schema.getOneOf().stream().anyMatch(ApiContractTests::isNull));
	}

	private static boolean isNull(Schema<?> schema) {
		return schema.getTypes() != null && schema.getTypes().contains("null");
	}

	private Schema<?> deref(Schema<?> schema) {
		if (schema.get$ref() == null) {
			return schema;
		}
		String name = schema.get$ref().substring(schema.get$ref().lastIndexOf('/') + 1);
		return deref(this.api.getComponents().getSchemas().get(name));
	}

	private ApiResponse resolve(ApiResponse response) {
		if (response.get$ref() == null) {
			return response;
		}
		String name = response.get$ref().substring(response.get$ref().lastIndexOf('/') + 1);
		return this.api.getComponents().getResponses().get(name);
	}

	private Map<String, Operation> operations() {
		Map<String, Operation> operations = new java.util.TreeMap<>();
		this.api.getPaths()
			.forEach((path, item) -> item.readOperationsMap()
				.forEach((PathItem.HttpMethod method, Operation operation) -> operations.put(method + " " + path,
						operation)));
		return operations;
	}

}
