package org.securebase.cli.commands;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.securebase.cli.support.ExitCodes;
import org.securebase.cli.support.GlobalOptions;
import org.securebase.cli.support.OutputOptions;
import org.securebase.quiz.assembly.Quiz;
import org.securebase.usecase.PrintHandouts;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * Prints a quiz for workshops without laptops: per variant a trainee handout (variant code on
 * every page, an answer sheet) and a separate answer key with the feedback. The quiz is stored
 * so that answers collected on paper can be imported by variant code.
 *
 * @since 0.1
 */
@Command(name = "handouts", mixinStandardHelpOptions = true,
        description = {"Write printable quiz handouts, one per variant, each with a separate answer key.",
                "The quiz is stored in the database so the paper answers can be imported later."})
public final class HandoutsCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "BLUEPRINT", description = "A blueprint id in the library, or a blueprint .xml file.")
    String blueprint;

    @Option(names = "--variants", defaultValue = "2", paramLabel = "N", description = "How many variants (default: ${DEFAULT-VALUE}).")
    int variants;

    @Option(names = "--seed", paramLabel = "N", description = "The seed of the draw (default: " + Session.DEFAULT_SEED + ").")
    long seed = Session.DEFAULT_SEED;

    @Mixin
    OutputOptions.Required output;

    @Option(names = "--sponsor", paramLabel = "NAME", description = "The organisation named on the handouts (default: SecureBase).")
    String sponsor = "SecureBase";

    @Override
    public Integer call() throws Exception {
        GlobalOptions options = GlobalOptions.of(spec);
        Quiz quiz = Session.build(options, spec.commandLine().getErr(), blueprint, seed);
        PrintHandouts.Printed printed = new PrintHandouts(options.workspace(), options.clock())
                .print(new PrintHandouts.Request(quiz, variants, sponsor, output.path(), output.force()));
        var o = spec.commandLine().getOut();
        o.println("wrote " + variants + " handouts and answer keys for quiz " + quiz.id() + " into " + printed.folder());
        o.println("variant codes: " + String.join(", ", printed.codes()));
        o.println("import the paper answers with: securebase import RESPONSES.csv --quiz " + quiz.id()
                + " (see docs/import.md)");
        o.flush();
        return ExitCodes.OK;
    }
}
