package org.securebase.quiz;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

class ArchitectureTest {
    private static final JavaClasses ENGINE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.securebase.quiz");

    @Test
    void importsEnoughClassesForTheRulesToMean() {
        assertTrue(ENGINE.size() > 30, "only " + ENGINE.size() + " classes imported");
    }

    @Test
    void theEngineNeverSeesXml() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("javax.xml..", "jakarta.xml..", "org.w3c..", "org.xml..")
                .because("XML lives only in the scenarios module; the engine works on the model").check(ENGINE);
    }

    @Test
    void theEngineDependsOnNoOtherSecureBaseModuleThanTheModel() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("org.securebase.scenarios..",
                        "org.securebase.export..", "org.securebase.cli..")
                .because("the engine sits below export and the CLI").check(ENGINE);
    }

    @Test
    void enginePackagesAreFreeOfCycles() {
        slices().matching("org.securebase.quiz.(*)..").should().beFreeOfCycles()
                .because("each package holds one concern and depends downwards").check(ENGINE);
    }
}
