package org.hamkori;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The read API is described by OpenAPI and browsable in Swagger UI without signing in.
 */
@HamkoriWebTest
class ApiDocumentationTests {

	@Autowired
	MockMvcTester mvc;

	@Test
	void openApiDescribesEveryEndpoint() {
		assertThat(this.mvc.get().uri("/v3/api-docs")).hasStatusOk()
			.bodyJson()
			.extractingPath("$.paths")
			.asMap()
			.containsKeys("/api/v1/mechanisms", "/api/v1/organisations", "/api/v1/people", "/api/v1/auth/token",
					"/api/v1/documents/{id}", "/api/v1/meetings", "/api/v1/meetings/{id}",
					"/api/v1/meetings/{id}/invitation.ics", "/api/v1/actions", "/api/v1/indicators",
					"/api/v1/programmes", "/api/v1/programmes/{id}", "/api/v1/agreements",
					"/api/v1/mechanisms/{code}/sdg-10-7-2", "/api/v1/data-values", "/api/v1/obligations",
					"/api/v1/data-sets", "/api/v1/data-sets/{id}/files", "/api/v1/data-sets/{id}/obligations",
					"/api/v1/reports/{id}", "/api/v1/reports/{id}/{action}", "/api/v1/obligations/{id}/reports",
					"/api/v1/code-lists", "/api/v1/code-lists/{id}", "/api/v1/indicators/{code}/history",
					"/api/v1/code-lists/{id}/codes", "/api/v1/me/work");
	}

	@Test
	void addressesThatDifferOnlyInParameterNamesAreOnePath() {
		var docs = this.mvc.get().uri("/v3/api-docs").exchange();
		assertThat(docs).bodyJson().extractingPath("$.paths").asMap().doesNotContainKey("/api/v1/reports/{action}");
		assertThat(docs).bodyJson()
			.extractingPath("$.paths['/api/v1/reports/{id}']")
			.asMap()
			.containsKeys("get", "post");
		assertThat(docs).bodyJson()
			.extractingPath("$.paths['/api/v1/reports/{id}'].post.parameters[?(@.in == 'path')].description")
			.asArray()
			.singleElement()
			.asString()
			.startsWith("The action");
	}

	@Test
	void swaggerUiIsServed() {
		assertThat(this.mvc.get().uri("/swagger-ui/index.html")).hasStatusOk().bodyText().contains("swagger-ui");
	}

	@Test
	void unknownMechanismCodesGetAProblemDocumentInTheCallersLanguage() {
		assertThat(this.mvc.get().uri("/api/v1/organisations?mechanism=CCM-XX").header("Accept-Language", "ru"))
			.hasStatus(404)
			.bodyJson()
			.extractingPath("$.detail")
			.asString()
			.contains("не существует");
	}

}
