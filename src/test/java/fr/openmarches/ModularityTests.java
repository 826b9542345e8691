package fr.openmarches;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * The module structure holds (no cycles, no use of another module's internals) and its
 * documentation in {@code docs/modules/} matches the code.
 */
class ModularityTests {

	static final ApplicationModules modules = ApplicationModules.of(OpenMarchesApplication.class);

	@Test
	void modulesOnlyUseEachOthersApi() {
		modules.verify();
	}

	@Test
	void writesModuleDocumentation() {
		new Documenter(modules, Documenter.Options.defaults().withOutputFolder("docs/modules"))
			.writeModulesAsPlantUml()
			.writeIndividualModulesAsPlantUml()
			.writeModuleCanvases()
			.writeAggregatingDocument();
	}
}
