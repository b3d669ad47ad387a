package org.hamkori;

import org.junit.jupiter.api.Test;

import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * The module boundaries hold, and the module documentation is generated: into
 * {@code target/spring-modulith-docs} on every test run, so a run leaves the working tree
 * clean, and into {@code docs/modules} only when asked for with
 * {@code mvn -B test -Dtest=ModularityTests -Dhamkori.modules.docs=docs/modules}.
 */
class ModularityTests {

	private final ApplicationModules modules = ApplicationModules.of(Hamkori.class);

	@Test
	void moduleBoundariesAreRespected() {
		this.modules.verify();
	}

	@Test
	void writesModuleDocumentation() {
		String folder = System.getProperty("hamkori.modules.docs", "target/spring-modulith-docs");
		new Documenter(this.modules, Documenter.Options.defaults().withOutputFolder(folder)).writeDocumentation()
			.writeModuleCanvases();
	}

}
