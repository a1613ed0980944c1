package org.securebase.web;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The web module's own arrows: the engine's store only through {@link Delivery}, and no XML,
 * PDF or spreadsheet library at all. (That nothing but the CLI depends on the web module is
 * checked where all modules are on one class path: the CLI's architecture tests.)
 */
class WebArchitectureTest {
    private static final JavaClasses WEB = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("org.securebase.web");

    @Test
    void onlyDeliveryNamesTheStore() {
        noClasses().that().resideInAPackage("org.securebase.web..").and().doNotHaveSimpleName("Delivery")
                .should().dependOnClassesThat().resideInAPackage("org.securebase.quiz.store..")
                .because("the web calls the engine through Delivery, which the use-case layer will replace")
                .check(WEB);
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
