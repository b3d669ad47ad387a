package org.hamkori;

import org.junit.jupiter.api.Test;

import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * The module boundaries hold, and the module documentation under docs/modules is
 * regenerated.
 */
class ModularityTests {

	private final ApplicationModules modules = ApplicationModules.of(Hamkori.class);

	@Test
	void moduleBoundariesAreRespected() {
		this.modules.verify();
	}

	@Test
	void writesModuleDocumentation() {
		new Documenter(this.modules, Documenter.Options.defaults().withOutputFolder("docs/modules"))
			.writeDocumentation()
			.writeModuleCanvases();
	}

}
