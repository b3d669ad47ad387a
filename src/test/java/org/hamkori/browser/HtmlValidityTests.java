package org.hamkori.browser;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import nu.validator.client.EmbeddedValidator;
import org.junit.jupiter.api.Test;

import org.hamkori.HamkoriWebTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamkori.TestRequests.as;

/**
 * The key pages, the sign-in page and the entry grid are valid HTML by the Nu HTML
 * checker (the W3C validator, embedded): 0 errors, in English and in Russian. htmx
 * attributes are written {@code data-hx-*}, which HTML allows.
 */
@HamkoriWebTest
class HtmlValidityTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcClient jdbc;

	@Test
	void keyPagesAreValidHtml() throws Exception {
		List<String> paths = new ArrayList<>(KeyPages.of(this.jdbc));
		paths.add(KeyPages.grid(this.jdbc));
		EmbeddedValidator validator = checker();
		List<String> errors = new ArrayList<>(errors(validator, "/login", this.mvc.get().uri("/login").exchange()));
		for (String lang : List.of("en", "ru")) {
			for (String path : paths) {
				MvcTestResult result = this.mvc.get()
					.uri(path + (path.contains("?") ? "&" : "?") + "lang=" + lang)
					.with(as("secretariat.tj"))
					.exchange();
				assertThat(result).as(path).hasStatusOk();
				errors.addAll(errors(validator, lang + " " + path, result));
			}
		}
		assertThat(errors).isEmpty();
	}

	@Test
	void theCheckerRefusesWhatTheReviewFound() throws Exception {
		String page = """
				<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>t</title></head>
				<body><form hx-get="/organisations"><input name="q"></form></body></html>""";
		assertThat(errors(checker(), "sample", page)).singleElement().asString().contains("hx-get");
		assertThat(errors(checker(), "sample", page.replace("hx-get", "data-hx-get"))).isEmpty();
	}

	private static EmbeddedValidator checker() {
		EmbeddedValidator validator = new EmbeddedValidator();
		validator.setOutputFormat(EmbeddedValidator.OutputFormat.GNU);
		validator.setNoLangDetect(true);
		return validator;
	}

	private static List<String> errors(EmbeddedValidator validator, String page, MvcTestResult result)
			throws Exception {
		return errors(validator, page, result.getResponse().getContentAsString(StandardCharsets.UTF_8));
	}

	private static List<String> errors(EmbeddedValidator validator, String page, String text) throws Exception {
		byte[] html = text.getBytes(StandardCharsets.UTF_8);
		String report = validator.validate(new ByteArrayInputStream(html));
		return report.lines().filter((line) -> line.contains("error:")).map((line) -> page + " " + line).toList();
	}

}
