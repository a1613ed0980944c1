package org.securebase.cli.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaAccess;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The module arrows of SecureBase as ArchUnit rules, written for a root package so the same
 * rules run against the real classes ({@code org.securebase}) and against a deliberately bad
 * class set in the test sources ({@code org.securebase.badarch}) to show that each can fail.
 */
final class ArchitectureRules {
    /**
     * Holds when a command class reaches no other command class (a picocli {@code @Command} of
     * another top-level class) by a call, a constructor or a field; its own nested subcommands
     * and the subcommand lists of annotations do not count.
     */
    private static final class NoCallToAnotherCommand extends ArchCondition<JavaClass> {
        NoCallToAnotherCommand() {
            super("call no other command");
        }

        @Override
        public void check(JavaClass command, ConditionEvents events) {
            JavaClass own = topLevel(command);
            for (JavaAccess<?> access : command.getAccessesFromSelf()) {
                JavaClass target = access.getTargetOwner();
                if (target.isAnnotatedWith(picocli.CommandLine.Command.class) && !topLevel(target).equals(own)) {
                    events.add(SimpleConditionEvent.violated(command, access.getDescription()));
                }
            }
        }

        private static JavaClass topLevel(JavaClass c) {
            JavaClass top = c;
            while (top.getEnclosingClass().isPresent()) {
                top = top.getEnclosingClass().get();
            }
            return top;
        }
    }

    private ArchitectureRules() {
    }

    static Map<String, ArchRule> forRoot(String root) {
        String model = root + ".model..";
        String scenarios = root + ".scenarios..";
        String quiz = root + ".quiz..";
        String export = root + ".export..";
        String cli = root + ".cli..";
        String commands = root + ".cli.commands..";
        String usecases = root + ".usecase..";
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
                .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "javax.sql..", "org.sqlite..", "com.zaxxer.hikari..", model, quiz)
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
        rules.put("commandsUseNoStoreType", noClasses().that().resideInAPackage(commands)
                .should().dependOnClassesThat().resideInAPackage(root + ".quiz.store..")
                .because("a command parses, calls one use case and prints; the store is the use cases' concern"));
        rules.put("commandsUseNoPoiOpenPdfOrJaxb", noClasses().that().resideInAPackage(commands)
                .should().dependOnClassesThat().resideInAnyPackage("com.lowagie..", "org.apache.poi..",
                        "org.openxmlformats..", "jakarta.xml.bind..", "org.glassfish.jaxb..")
                .because("file formats are written by report-export and read by scenarios, never by a command"));
        rules.put("noCommandCallsAnotherCommand", classes().that().resideInAPackage(commands)
                .and().areAnnotatedWith(picocli.CommandLine.Command.class)
                .should(new NoCallToAnotherCommand())
                .because("what two commands share is a use case, not a command calling a command"));
        rules.put("useCasesDependOnNoCli", noClasses().that().resideInAPackage(usecases)
                .should().dependOnClassesThat().resideInAPackage(cli)
                .because("every interface calls the use cases; they know none of them")
                .allowEmptyShould(true));
        rules.put("userFailuresShareOneBase", classes().that().resideInAPackage(root + "..")
                .and().areAssignableTo(RuntimeException.class).and().haveSimpleNameEndingWith("Exception")
                .should().beAssignableTo(root + ".model.DomainException")
                .because("an interface maps a failure to its answer by its kind, in one place, not by knowing each type"));
        rules.put("noPackageCycles", slices().matching(root + ".(**)")
                .should().beFreeOfCycles()
                .because("packages form layers a reader can follow"));
        return rules;
    }
}
