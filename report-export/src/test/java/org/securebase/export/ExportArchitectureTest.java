package org.securebase.export;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ExportArchitectureTest {
    static JavaClasses classes;

    @BeforeAll
    static void load() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.securebase.export");
    }

    @Test
    void importsEnoughClassesForTheRulesToMean() {
        assertTrue(classes.size() > 30, "imported " + classes.size());
    }

    @Test
    void exportPackagesHaveNoCycles() {
        slices().matching("org.securebase.export.(*)..").should().beFreeOfCycles()
                .because("each export kind builds on typeset and verification, never the other way").check(classes);
    }

    @Test
    void verificationNeedsNeitherPdfNorSpreadsheetLibraries() {
        noClasses().that().resideInAPackage("org.securebase.export.verification..").should().dependOnClassesThat()
                .resideInAnyPackage("com.lowagie..", "org.apache.poi..", "org.securebase.export.certificate..")
                .because("anyone must be able to check a signature with the JDK and BouncyCastle alone,"
                        + " without a PDF library").check(classes);
    }

    @Test
    void onlyTheGradebookUsesPoi() {
        noClasses().that().resideOutsideOfPackage("org.securebase.export.gradebook..").should().dependOnClassesThat()
                .resideInAPackage("org.apache.poi..").because("spreadsheets are the gradebook's business").check(classes);
    }

    @Test
    void theGradebookDoesNotUseOpenPdf() {
        noClasses().that().resideInAPackage("org.securebase.export.gradebook..").should().dependOnClassesThat()
                .resideInAPackage("com.lowagie..").because("the gradebook is a spreadsheet").check(classes);
    }

    @Test
    void noExportCodeSeesXml() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("javax.xml..", "jakarta.xml..", "org.w3c..",
                "org.xml..").because("XML belongs to the scenarios module").check(classes);
    }
}
