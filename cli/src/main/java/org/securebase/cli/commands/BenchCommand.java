package org.securebase.cli.commands;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.securebase.cli.support.ExitCodes;
import org.securebase.cli.support.GlobalOptions;
import org.securebase.cli.support.OutputOptions;
import org.securebase.cli.support.UserError;
import org.securebase.cli.content.Libraries;
import org.securebase.usecase.OutputFiles;
import org.securebase.model.blueprint.QuizBlueprint;
import org.securebase.quiz.assembly.Assembly;
import org.securebase.quiz.assembly.Quiz;
import org.securebase.scenarios.generate.SyntheticLibrary;
import org.securebase.scenarios.load.Loaded;
import org.securebase.usecase.GenerateResults;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * Inputs for measuring the kit at scale: a synthetic vignette library of any size, and a result
 * database of simulated trainees who took a quiz drawn from it. Both are reproducible from a
 * seed. See {@code docs/performance.md} and {@code docs/simulation.md}.
 *
 * @since 0.1
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Make reproducible inputs for performance measurements (see docs/performance.md).",
        subcommands = BenchCommand.Generate.class)
public final class BenchCommand implements Runnable {
    @Spec
    CommandSpec spec;

    /** Without a subcommand, show the help. */
    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** The {@code generate} group. */
    @Command(name = "generate", mixinStandardHelpOptions = true,
            description = "Generate a synthetic library or simulated results.",
            subcommands = {Library.class, Results.class})
    public static final class Generate implements Runnable {
        @Spec
        CommandSpec spec;

        /** Without a subcommand, show the help. */
        @Override
        public void run() {
            spec.commandLine().usage(spec.commandLine().getOut());
        }
    }

    /** {@code bench generate library}: N vignette files and the blueprints they satisfy. */
    @Command(name = "library", mixinStandardHelpOptions = true,
            description = {"Write N synthetic vignettes (100 per subfolder under DIR/vignettes) and the blueprints "
                    + "syn-quiz-5/15/25 they satisfy (DIR/blueprints). Every file validates with no error and no warning.",
                    "The same seed writes the same files; vignette i does not depend on N."})
    public static final class Library implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Option(names = "--vignettes", required = true, paramLabel = "N", description = "How many vignettes (at least 1).")
        int vignettes;

        @Mixin
        OutputOptions.Required output;

        @Option(names = "--seed", paramLabel = "S", description = "The seed (default: ${DEFAULT-VALUE}).", defaultValue = "42")
        long seed;

        @Override
        public Integer call() throws IOException {
            if (vignettes < 1) {
                throw new UserError("--vignettes must be at least 1, was " + vignettes);
            }
            int[] files = new int[1];
            Path written = OutputFiles.writeFolder(output.path(), output.force(),
                    dir -> files[0] = SyntheticLibrary.seeded(seed).write(dir, vignettes).size());
            PrintWriter o = spec.commandLine().getOut();
            o.println("wrote " + files[0] + " files (" + vignettes + " vignettes, "
                    + SyntheticLibrary.blueprints(vignettes).size() + " blueprints) to " + written);
            o.flush();
            return ExitCodes.OK;
        }
    }

    /** {@code bench generate results}: a result database of a simulated cohort. */
    @Command(name = "results", mixinStandardHelpOptions = true,
            description = {"Draw a quiz from the library (--library, default the bundled one) by a blueprint, let N "
                    + "simulated trainees take it (Rasch model, docs/simulation.md) and record their scored attempts "
                    + "in the result database (--db), which must not exist yet.",
                    "Prints the quiz id."})
    public static final class Results implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Option(names = "--blueprint", required = true, paramLabel = "ID", description = "The blueprint to draw the quiz by.")
        String blueprint;

        @Option(names = "--trainees", required = true, paramLabel = "N", description = "How many simulated trainees.")
        int trainees;

        @Option(names = "--seed", paramLabel = "S", description = "Seed of the quiz and the cohort (default: ${DEFAULT-VALUE}).",
                defaultValue = "42")
        long seed;

        @Option(names = "--mean-ability", paramLabel = "LOGITS", defaultValue = "0",
                description = "Centre of the cohort's abilities (default: ${DEFAULT-VALUE}); 6 makes nearly everyone pass.")
        double meanAbility;

        @Override
        public Integer call() {
            GlobalOptions root = GlobalOptions.of(spec);
            Loaded loaded = Libraries.load(root, spec.commandLine().getErr());
            QuizBlueprint b = Libraries.blueprint(loaded, blueprint);
            Quiz quiz = Assembly.assemble(b, loaded.library(), seed);
            GenerateResults.Generated generated = new GenerateResults(root.workspace(), root.clock())
                    .generate(quiz, trainees, seed, meanAbility);
            PrintWriter o = spec.commandLine().getOut();
            o.println(quiz.id());
            if (!root.quiet()) {
                spec.commandLine().getErr().println("recorded " + generated.attempts() + " simulated attempts at " + quiz.id()
                        + " (" + quiz.refs().size() + " questions, " + generated.passed() + " passed) in "
                        + root.workspace().describe());
            }
            o.flush();
            return ExitCodes.OK;
        }
    }
}
