package org.hamkori;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RestController;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** A few cheap rules the house style relies on. */
class ArchitectureTests {

	private final JavaClasses classes = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
		.importPackages("org.hamkori");

	@Test
	void controllersLiveInWebPackagesAndAreNotPublic() {
		classes().that()
			.areAnnotatedWith(Controller.class)
			.or()
			.areAnnotatedWith(RestController.class)
			.should()
			.resideInAPackage("..web..")
			.andShould()
			.notBePublic()
			.check(this.classes);
	}

	@Test
	void noClassReadsTheSecurityContextExceptTheAccountsModule() {
		noClasses().that()
			.resideOutsideOfPackage("org.hamkori.accounts..")
			.should()
			.dependOnClassesThat()
			.haveFullyQualifiedName("org.springframework.security.core.context.SecurityContextHolder")
			.check(this.classes);
	}

	@Test
	void noCatchAllPackages() {
		noClasses().should().resideInAnyPackage("..util..", "..common..", "..helpers..").check(this.classes);
	}

	@Test
	void webLayersDoNotReachIntoOtherModulesWebLayers() {
		noClasses().that()
			.resideInAPackage("org.hamkori.directory..")
			.should()
			.dependOnClassesThat()
			.resideInAPackage("org.hamkori.accounts..")
			.check(this.classes);
	}

}
