package org.hamkori;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The OpenAPI description passes an independent linter, Redocly's (run by npx), with no
 * error; the rules that do not apply are switched off in {@code redocly.yaml}, each with
 * its reason. Without npx the test is skipped, except on CI, where it must run.
 */
@HamkoriWebTest
class ApiLintTests {

	static final String LINTER = "@redocly/cli@2";

	@Autowired
	MockMvcTester mvc;

	@Test
	void theDescriptionHasNoLintErrors() throws Exception {
		boolean ci = "true".equalsIgnoreCase(System.getenv("CI"));
		if (!ci) {
			Assumptions.assumeTrue(onPath("npx"), "npx is not installed");
		}
		Path description = Path.of("target", "openapi", "hamkori-api.json");
		Files.createDirectories(description.getParent());
		Files.writeString(description,
				this.mvc.get().uri("/v3/api-docs").exchange().getResponse().getContentAsString(StandardCharsets.UTF_8),
				StandardCharsets.UTF_8);
		Path output = Files.createTempFile("redocly", ".txt");
		Process lint = new ProcessBuilder(List.of("npx", "--yes", LINTER, "lint", description.toString(), "--config",
				"redocly.yaml", "--format", "stylish"))
			.redirectErrorStream(true)
			.redirectOutput(output.toFile())
			.start();
		assertThat(lint.waitFor(10, TimeUnit.MINUTES)).as("the linter finished").isTrue();
		String report = Files.readString(output, StandardCharsets.UTF_8);
		Files.deleteIfExists(output);
		assertThat(lint.exitValue()).as(report).isZero();
		assertThat(report).as(report).contains("Woohoo! Your API description is valid.");
	}

	private static boolean onPath(String command) {
		String path = System.getenv("PATH");
		if (path == null) {
			return false;
		}
		for (String folder : path.split(File.pathSeparator)) {
			if (Files.isExecutable(Path.of(folder, command))) {
				return true;
			}
		}
		return false;
	}

}
