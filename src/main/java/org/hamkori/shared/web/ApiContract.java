package org.hamkori.shared.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.hamkori.shared.security.Viewer;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springdoc.core.utils.SpringDocUtils;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.info.BuildProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * What the OpenAPI description of {@code /api/**} says beyond the controllers: its title
 * and version, the bearer scheme on every operation that needs a token (the public reads
 * are marked as such), the error responses each operation can give as problem documents
 * of one shape, and which fields of a record may be null ({@link RecordNullability}). The
 * {@link Viewer} argument is resolved on the server and is no parameter.
 */
@Configuration(proxyBeanMethods = false)
public class ApiContract {

	/**
	 * The API reads open to anonymous callers (a token, when sent, shows more); the
	 * security rules and the description both use this list.
	 */
	public static final String[] PUBLIC_READS = { "/api/v1/mechanisms", "/api/v1/organisations", "/api/v1/people",
			"/api/v1/indicators", "/api/v1/indicators/{code}", "/api/v1/dimensions", "/api/v1/code-lists",
			"/api/v1/code-lists/{id}" };

	/**
	 * Where a client gets its token: the one operation without a security requirement.
	 */
	public static final String TOKEN_ENDPOINT = "/api/v1/auth/token";

	/** The reads with a natural timestamp, answered with Last-Modified. */
	static final java.util.Set<String> LAST_MODIFIED = java.util.Set.of("/api/v1/data-values", "/api/v1/series",
			"/api/v1/comparison");

	static final String BEARER = "bearer";

	static final String PROBLEM = "Problem";

	static final String PROBLEM_ITEM = "ProblemItem";

	static final String PROBLEM_JSON = "application/problem+json";

	static final String JSON = "application/json";

	static {
		SpringDocUtils.getConfig().addRequestWrapperToIgnore(Viewer.class);
	}

	/** Each error status, its component name and what it means. */
	private static final Map<String, String[]> ERRORS = new LinkedHashMap<>();

	static {
		ERRORS.put("400", new String[] { "BadRequest", "A parameter or the body cannot be read or breaks a rule" });
		ERRORS.put("401", new String[] { "Unauthorized", "No valid API token" });
		ERRORS.put("403", new String[] { "Forbidden", "The caller may see the record but not do this" });
		ERRORS.put("404", new String[] { "NotFound", "No such record, or one the caller may not see" });
		ERRORS.put("409", new String[] { "Conflict", "The record changed meanwhile" });
		ERRORS.put("412", new String[] { "PreconditionFailed", "If-Match no longer matches: read it again" });
		ERRORS.put("413", new String[] { "ContentTooLarge", "The body is over the size limit" });
		ERRORS.put("422", new String[] { "UnprocessableContent", "The body was read but its content is refused" });
		ERRORS.put("429", new String[] { "TooManyRequests", "Too many attempts; Retry-After says when to try again" });
	}

	@Bean
	OpenApiCustomizer apiContractCustomizer(ObjectProvider<BuildProperties> build) {
		return (api) -> {
			String version = build.getIfAvailable(() -> null) != null ? build.getObject().getVersion() : "development";
			api.info(new Info().title("Hamkori API")
				.version(version)
				.description("The working platform of the labour-migration coordination mechanisms of Central Asia "
						+ "for machine clients: directory, meetings, actions, issues, indicators, reporting and "
						+ "published figures, with the rights of the pages. Get a token from POST " + TOKEN_ENDPOINT
						+ " and send it as `Authorization: Bearer`. Every error is an RFC 9457 "
						+ "problem document (`application/problem+json`) in the language of `Accept-Language`."));
			Components components = (api.getComponents() != null) ? api.getComponents() : new Components();
			api.components(components);
			components.addSecuritySchemes(BEARER,
					new SecurityScheme().type(SecurityScheme.Type.HTTP)
						.scheme("bearer")
						.description("An API token from POST " + TOKEN_ENDPOINT));
			components.addSchemas(PROBLEM, problemSchema());
			components.addSchemas(PROBLEM_ITEM, problemItemSchema());
			ERRORS.forEach((status, named) -> components.addResponses(named[0],
					new ApiResponse().description(named[1])
						.content(new Content().addMediaType(PROBLEM_JSON,
								new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM))))));
			if (api.getPaths() != null) {
				mergeIdenticalPaths(api);
				api.getPaths().forEach(ApiContract::describe);
			}
		};
	}

	/** The 422 and 429 an operation declares with {@link ProblemResponses}. */
	@Bean
	OperationCustomizer declaredProblems() {
		return (operation, handler) -> {
			ProblemResponses declared = handler.getMethodAnnotation(ProblemResponses.class);
			if (declared != null) {
				for (int status : declared.value()) {
					respond(operation, Integer.toString(status));
				}
			}
			return operation;
		};
	}

	/**
	 * The paging of every list ({@link ApiLists}): its two parameters, its two headers
	 * and the 400 of a limit out of range or a cursor Hamkori did not give.
	 */
	@Bean
	OperationCustomizer listPaging() {
		return (operation, handler) -> {
			if (!ApiLists.isList(handler.getMethod())) {
				return operation;
			}
			operation.addParametersItem(new Parameter().name(ApiLists.LIMIT)
				.in("query")
				.required(false)
				.description("Items a page, 1 to " + ApiLists.MAX_LIMIT)
				.schema(typed("integer").format("int32")
					.minimum(java.math.BigDecimal.ONE)
					.maximum(java.math.BigDecimal.valueOf(ApiLists.MAX_LIMIT))
					._default(ApiLists.DEFAULT_LIMIT)));
			operation.addParametersItem(new Parameter().name(ApiLists.CURSOR)
				.in("query")
				.required(false)
				.description("Where the page starts: the cursor of the previous page's Link header, as given")
				.schema(typed("string")));
			ApiResponses responses = (operation.getResponses() != null) ? operation.getResponses() : new ApiResponses();
			ApiResponse ok = responses.get("200");
			if (ok != null) {
				ok.addHeaderObject(ApiLists.TOTAL_COUNT,
						new io.swagger.v3.oas.models.headers.Header().description("How many items the whole list has")
							.schema(typed("integer").format("int32")));
				ok.addHeaderObject("Link",
						new io.swagger.v3.oas.models.headers.Header()
							.description("The next page as <address>; rel=\"next\", absent on the last page")
							.schema(typed("string")));
			}
			return operation;
		};
	}

	@Bean
	RecordNullability recordNullability() {
		return new RecordNullability();
	}

	/**
	 * Two addresses that differ only in the names of their path parameters are one path
	 * to OpenAPI ({@code GET /reports/{id}} and {@code POST /reports/{action}}): the
	 * second's operations join the first's path, their parameter renamed and its own name
	 * kept in the description.
	 */
	private static void mergeIdenticalPaths(OpenAPI api) {
		Map<String, String> shapes = new LinkedHashMap<>();
		for (String path : new java.util.ArrayList<>(api.getPaths().keySet())) {
			String shape = path.replaceAll(TEMPLATE, "{}");
			String first = shapes.putIfAbsent(shape, path);
			if (first == null) {
				continue;
			}
			String target = first;
			String source = path;
			if (api.getPaths().get(path).getGet() != null && api.getPaths().get(first).getGet() == null) {
				// the address of the record keeps its name; the other operations join it
				shapes.put(shape, path);
				target = path;
				source = first;
			}
			List<String> names = templates(target);
			List<String> own = templates(source);
			PathItem into = api.getPaths().get(target);
			PathItem from = api.getPaths().remove(source);
			from.readOperationsMap().forEach((method, operation) -> {
				if (operation.getParameters() != null) {
					for (Parameter parameter : operation.getParameters()) {
						int at = own.indexOf(parameter.getName());
						if ("path".equals(parameter.getIn()) && at >= 0 && !own.get(at).equals(names.get(at))) {
							parameter.description("The " + own.get(at)
									+ ((parameter.getDescription() != null) ? ": " + parameter.getDescription() : ""));
							parameter.name(names.get(at));
						}
					}
				}
				into.operation(method, operation);
			});
		}
	}

	/** A schema of one JSON type, as OpenAPI 3.1 writes it. */
	@SuppressWarnings("rawtypes")
	private static Schema typed(String type) {
		Schema schema = new Schema<>();
		schema.setType(type);
		schema.setTypes(new java.util.LinkedHashSet<>(List.of(type)));
		return schema;
	}

	private static final String TEMPLATE = "\\{[^}]+}";

	private static List<String> templates(String path) {
		return java.util.regex.Pattern.compile(TEMPLATE)
			.matcher(path)
			.results()
			.map((m) -> m.group().substring(1, m.group().length() - 1))
			.toList();
	}

	private static void describe(String path, PathItem item) {
		item.readOperationsMap().forEach((method, operation) -> {
			boolean read = method == PathItem.HttpMethod.GET;
			if (path.equals(TOKEN_ENDPOINT)) {
				operation.security(List.of());
			}
			else if (read && List.of(PUBLIC_READS).contains(path)) {
				operation.security(List.of(new SecurityRequirement(), new SecurityRequirement().addList(BEARER)));
			}
			else {
				operation.security(List.of(new SecurityRequirement().addList(BEARER)));
			}
			List<Parameter> parameters = (operation.getParameters() != null) ? operation.getParameters() : List.of();
			boolean body = operation.getRequestBody() != null;
			if (body && operation.getRequestBody().getContent() != null
					&& operation.getRequestBody().getContent().containsKey(JSON)) {
				// a JSON body that may be left out: without one, any content type will do
				operation.getRequestBody().getContent().remove("*/*");
			}
			if (!parameters.isEmpty() || body) {
				respond(operation, "400");
			}
			respond(operation, "401");
			if (!read && !path.equals(TOKEN_ENDPOINT)) {
				respond(operation, "403");
				respond(operation, "409");
			}
			if (path.contains("{") || parameters.stream().anyMatch((p) -> Boolean.TRUE.equals(p.getRequired()))) {
				respond(operation, "404");
			}
			if (parameters.stream().anyMatch((p) -> "If-Match".equalsIgnoreCase(p.getName()))) {
				respond(operation, "412");
			}
			if (body) {
				respond(operation, "413");
			}
			if (read && !path.startsWith(ApiCaching.DOCUMENTS)) {
				revalidated(path, operation);
			}
		});
	}

	/**
	 * The headers of a read that may be asked again with If-None-Match (and, with a
	 * timestamp, If-Modified-Since), and its 304 ({@link ApiCaching}).
	 */
	private static void revalidated(String path, Operation operation) {
		ApiResponses responses = operation.getResponses();
		ApiResponse ok = (responses != null) ? responses.get("200") : null;
		if (ok == null) {
			return;
		}
		ok.addHeaderObject("ETag",
				new io.swagger.v3.oas.models.headers.Header()
					.description("Send it back in If-None-Match: 304 while the answer is the same")
					.schema(typed("string")));
		ok.addHeaderObject("Cache-Control",
				new io.swagger.v3.oas.models.headers.Header().description("Always " + ApiCaching.CACHE_CONTROL)
					.schema(typed("string")));
		boolean dated = LAST_MODIFIED.contains(path);
		if (dated) {
			ok.addHeaderObject("Last-Modified",
					new io.swagger.v3.oas.models.headers.Header()
						.description("The latest approval among the figures; send it back in If-Modified-Since")
						.schema(typed("string")));
		}
		responses.addApiResponse("304",
				new ApiResponse().description(
						dated ? "Not modified: the If-None-Match ETag or the If-Modified-Since time still holds"
								: "Not modified: the If-None-Match ETag still holds"));
	}

	private static void respond(Operation operation, String status) {
		ApiResponses responses = (operation.getResponses() != null) ? operation.getResponses() : new ApiResponses();
		operation.responses(responses);
		if (!responses.containsKey(status)) {
			responses.addApiResponse(status, new ApiResponse().$ref("#/components/responses/" + ERRORS.get(status)[0]));
		}
	}

	@SuppressWarnings({ "rawtypes", "unchecked" })
	private static Schema<?> problemSchema() {
		Schema problem = typed("object")
			.description("An RFC 9457 problem document; title and detail are in the caller's language. "
					+ "Some refusals add members of their own (the counts of a refused import)")
			.required(List.of("type", "title", "status", "detail", "code"));
		problem.addProperty("type", typed("string").format("uri").example("about:blank"));
		problem.addProperty("title", typed("string"));
		problem.addProperty("status", typed("integer").format("int32"));
		problem.addProperty("detail", typed("string"));
		problem.addProperty("instance", typed("string").format("uri-reference"));
		problem.addProperty("code",
				typed("string").description("Stable: the message key of the rule refused, or error.<status>")
					.example("error.400.parameter"));
		problem.addProperty("problems",
				typed("array").items(new Schema<>().$ref("#/components/schemas/" + PROBLEM_ITEM))
					.description("Each refused field or line"));
		return problem;
	}

	@SuppressWarnings({ "rawtypes", "unchecked" })
	private static Schema<?> problemItemSchema() {
		Schema item = typed("object").description("One refused field or line, with its own code and sentence")
			.required(List.of("code", "message"));
		item.addProperty("field", typed("string").description("The parameter or field refused"));
		item.addProperty("line", typed("integer").format("int64")
			.description("The line of a file, or the index of a value in a JSON body"));
		item.addProperty("code", typed("string").description("The message key of the rule"));
		item.addProperty("message", typed("string").description("In the caller's language"));
		return item;
	}

}
