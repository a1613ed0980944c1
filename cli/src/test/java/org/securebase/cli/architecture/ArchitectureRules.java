package org.securebase.cli.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.lang.ArchRule;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The module arrows of SecureBase as ArchUnit rules, written for a root package so the same
 * rules run against the real classes ({@code org.securebase}) and against a deliberately bad
 * class set in the test sources ({@code org.securebase.badarch}) to show that each can fail.
 */
final class ArchitectureRules {
    private ArchitectureRules() {
    }

    static Map<String, ArchRule> forRoot(String root) {
        String model = root + ".model..";
        String scenarios = root + ".scenarios..";
        String quiz = root + ".quiz..";
        String export = root + ".export..";
        String cli = root + ".cli..";
        Map<String, ArchRule> rules = new LinkedHashMap<>();
        rules.put("modelUsesOnlyTheJdk", classes().that().resideInAPackage(model)
                .should().onlyDependOnClassesThat().resideInAnyPackage("java..", model)
                .because("the domain model is shared by every module and must stay free of libraries")
                .allowEmptyShould(true));
        rules.put("scenariosUsesOnlyModelXmlAndJaxb", classes().that().resideInAPackage(scenarios)
                .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "javax.xml..", "org.w3c..", "org.xml..",
                        "jakarta.xml.bind..", "jakarta.activation..", "org.glassfish.jaxb..", "com.sun.xml..", model, scenarios)
                .because("scenarios maps XML to the model and depends on nothing else of ours")
                .allowEmptyShould(true));
        rules.put("quizEngineUsesOnlyModelAndJdbc", classes().that().resideInAPackage(quiz)
                .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "javax.sql..", "org.sqlite..", model, quiz)
                .because("the engine depends on the model only, never on XML or on output formats")
                .allowEmptyShould(true));
        rules.put("quizEngineSeesNoXml", noClasses().that().resideInAPackage(quiz)
                .should().dependOnClassesThat().resideInAnyPackage("javax.xml..", "org.w3c..", "org.xml..", "jakarta.xml..",
                        "org.glassfish.jaxb..", scenarios)
                .because("the engine must work on model objects from any source, not on XML")
                .allowEmptyShould(true));
        rules.put("poiAndOpenPdfOnlyInReportExport", noClasses().that().resideOutsideOfPackage(export)
                .should().dependOnClassesThat().resideInAnyPackage("com.lowagie..", "org.apache.poi..", "org.openxmlformats..")
                .because("output formats are report-export's concern alone"));
        rules.put("jaxbOnlyInScenarios", noClasses().that().resideOutsideOfPackage(scenarios)
                .should().dependOnClassesThat().resideInAnyPackage("jakarta.xml.bind..", "org.glassfish.jaxb..")
                .because("nothing outside scenarios sees JAXB"));
        rules.put("nothingDependsOnTheCli", noClasses().that().resideOutsideOfPackage(cli)
                .should().dependOnClassesThat().resideInAPackage(cli)
                .because("the CLI wires the modules; a module that needed it would be upside down"));
        rules.put("reportExportDoesNotReachIntoScenariosOrCli", noClasses().that().resideInAPackage(export)
                .should().dependOnClassesThat().resideInAnyPackage(scenarios, cli)
                .because("report-export depends on quiz-engine and model only")
                .allowEmptyShould(true));
        rules.put("noPackageCycles", slices().matching(root + ".(**)")
                .should().beFreeOfCycles()
                .because("packages form layers a reader can follow"));
        return rules;
    }
}
