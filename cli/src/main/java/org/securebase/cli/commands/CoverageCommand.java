package org.securebase.cli.commands;

import java.io.PrintWriter;
import java.util.Map;
import java.util.concurrent.Callable;
import org.securebase.cli.support.ExitCodes;
import org.securebase.cli.support.GlobalOptions;
import org.securebase.cli.content.Libraries;
import org.securebase.model.concept.ConceptGroup;
import org.securebase.model.concept.ConceptId;
import org.securebase.model.question.Difficulty;
import org.securebase.model.vignette.Format;
import org.securebase.scenarios.coverage.Coverage;
import org.securebase.scenarios.load.Loaded;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * Prints how many questions the library has per concept group, format, difficulty and type,
 * so gaps are visible before a blueprint asks for what is not there.
 *
 * @since 0.1
 */
@Command(name = "coverage", mixinStandardHelpOptions = true,
        description = "Questions per concept group, format, difficulty and question type (and, with --concepts, per concept).")
public final class CoverageCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--concepts", description = "Also list every concept id with its number of questions.")
    boolean concepts;

    @Override
    public Integer call() {
        Loaded loaded = Libraries.load(GlobalOptions.of(spec), spec.commandLine().getErr());
        Coverage c = Coverage.of(loaded.library());
        PrintWriter out = spec.commandLine().getOut();
        out.println(loaded.library().size() + " vignettes, " + c.questions() + " questions");
        out.println();
        out.printf("%-42s %9s%n", "CONCEPT GROUP", "QUESTIONS");
        for (Map.Entry<ConceptGroup, Integer> e : c.byGroup().entrySet()) {
            out.printf("%-42s %9d%n", e.getKey().title() + " (" + e.getKey().key() + ")", e.getValue());
        }
        out.println();
        out.printf("%-42s %9s%n", "FORMAT", "QUESTIONS");
        for (Map.Entry<Format, Integer> e : c.byFormat().entrySet()) {
            out.printf("%-42s %9d%n", e.getKey().xmlName(), e.getValue());
        }
        out.println();
        out.printf("%-42s %9s%n", "DIFFICULTY", "QUESTIONS");
        for (Map.Entry<Difficulty, Integer> e : c.byDifficulty().entrySet()) {
            out.printf("%-42s %9d%n", e.getKey().xmlName(), e.getValue());
        }
        out.println();
        out.printf("%-42s %9s %6s%n", "QUESTION TYPE", "QUESTIONS", "SHARE");
        for (Map.Entry<String, Integer> e : c.byType().entrySet()) {
            out.printf("%-42s %9d %5.1f%%%n", e.getKey(), e.getValue(), c.questions() == 0 ? 0.0 : 100.0 * e.getValue() / c.questions());
        }
        if (concepts) {
            out.println();
            out.printf("%-42s %9s%n", "CONCEPT", "QUESTIONS");
            for (Map.Entry<ConceptId, Integer> e : c.byConcept().entrySet()) {
                out.printf("%-42s %9d%n", e.getKey(), e.getValue());
            }
        }
        if (!c.unassessed().isEmpty()) {
            out.println();
            out.println("Not assessed by any question: " + String.join(" ", c.unassessed().stream().map(Object::toString).toList()));
        }
        out.flush();
        return ExitCodes.OK;
    }
}
