package org.securebase.web;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;
import org.securebase.web.badfixture.StoreReader;

/**
 * The web module's own arrows: the engine's store only through the use cases, for every web
 * class, and no XML, PDF or spreadsheet library at all. (That nothing but the CLI depends on the
 * web module is checked where all modules are on one class path: the CLI's architecture tests.)
 */
class WebArchitectureTest {
    private static final JavaClasses WEB = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("org.securebase.web");

    private static final ArchRule NO_STORE = noClasses().that().resideInAPackage("org.securebase.web..")
            .should().dependOnClassesThat().resideInAPackage("org.securebase.quiz.store..")
            .because("the web reaches the store only through the use cases, which the command line calls too");

    @Test
    void enoughWebClassesAreImportedForTheRulesToMean() {
        assertTrue(WEB.size() > 30, "only " + WEB.size() + " web classes imported");
    }

    @Test
    void noWebClassNamesTheStore() {
        NO_STORE.check(WEB);
    }

    @Test
    void aWebClassThatNamesTheStoreBreaksTheRule() {
        JavaClasses bad = new ClassFileImporter().importClasses(StoreReader.class);
        assertThrows(AssertionError.class, () -> NO_STORE.check(bad));
    }

    @Test
    void theWebUsesNoXmlPdfOrSpreadsheetLibrary() {
        noClasses().that().resideInAPackage("org.securebase.web..")
                .should().dependOnClassesThat().resideInAnyPackage("com.lowagie..", "org.apache.poi..", "org.openxmlformats..",
                        "jakarta.xml.bind..", "org.glassfish.jaxb..", "org.securebase.scenarios..", "org.securebase.export..")
                .because("the web module is an interface over the engine, not another exporter or loader")
                .check(WEB);
    }
}
