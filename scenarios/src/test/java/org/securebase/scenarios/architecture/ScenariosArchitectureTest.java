package org.securebase.scenarios.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The module's packages keep XML at the edge and depend on each other without cycles. */
class ScenariosArchitectureTest {
    static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.securebase.scenarios");

    @Test
    void importsEnoughClassesForTheRulesToMeanSomething() {
        assertTrue(CLASSES.size() > 40, "imported " + CLASSES.size());
    }

    @Test
    void onlyTheXmlPackageSeesJaxbOrXmlApis() {
        noClasses().that().resideOutsideOfPackage("org.securebase.scenarios.xml..")
                .should().dependOnClassesThat().resideInAnyPackage("jakarta.xml..", "javax.xml..", "org.xml..", "org.w3c..", "org.glassfish..")
                .because("the XML edge is one package; lint, checks, loading and coverage work on the model")
                .check(CLASSES);
    }

    @Test
    void coverageDependsOnTheModelOnly() {
        noClasses().that().resideInAPackage("org.securebase.scenarios.coverage..")
                .should().dependOnClassesThat().resideInAnyPackage("org.securebase.scenarios.xml..", "org.securebase.scenarios.load..",
                        "org.securebase.scenarios.lint..", "org.securebase.scenarios.check..")
                .because("the CLI prints coverage of any library, however it was loaded")
                .check(CLASSES);
    }

    @Test
    void packagesAreFreeOfCycles() {
        slices().matching("org.securebase.scenarios.(*)..").should().beFreeOfCycles()
                .because("each package can be understood and changed on its own")
                .check(CLASSES);
    }
}
