package org.securebase.cli.commands;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.securebase.cli.content.Libraries;
import org.securebase.cli.support.ExitCodes;
import org.securebase.cli.support.GlobalOptions;
import org.securebase.cli.support.OutputOptions;
import org.securebase.cli.support.UserError;
import org.securebase.cli.terminal.ItemAnalysisTable;
import org.securebase.cli.terminal.ProgressBar;
import org.securebase.model.course.Course;
import org.securebase.quiz.assembly.Assembly;
import org.securebase.quiz.assembly.Quiz;
import org.securebase.scenarios.load.Loaded;
import org.securebase.usecase.RunDemo;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * Runs the whole kit once on the bundled library and a fresh database: builds the CE
 * post-test, lets a simulated cohort take it, and writes the gradebook, the certificates of
 * those who passed (marked SAMPLE), a score report, handouts with answer keys and the item
 * analysis. Every output says that its results are simulated.
 *
 * @since 0.1
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = {"Run the whole kit on the bundled library with a simulated cohort and a fresh database.",
                "Trainees answer by a Rasch ability model (docs/simulation.md); every output is labelled simulated",
                "and certificates carry a SAMPLE mark."})
public final class DemoCommand implements Callable<Integer> {
    static final String BLUEPRINT = "attachment-workshop-post-test";
    static final String COURSE = "attachment-foundations-workshop-2027";

    @Spec
    CommandSpec spec;

    @Mixin
    OutputOptions.WithDefault output;

    @Option(names = "--trainees", defaultValue = "40", paramLabel = "N", description = "How many simulated trainees (default: ${DEFAULT-VALUE}).")
    int trainees;

    @Option(names = "--seed", defaultValue = "2027", paramLabel = "N", description = "Seed of the quiz and the cohort (default: ${DEFAULT-VALUE}).")
    long seed;

    @Override
    public Integer call() throws Exception {
        GlobalOptions options = GlobalOptions.of(spec);
        PrintWriter err = spec.commandLine().getErr();
        if (trainees < 2) {
            throw new UserError("--trainees must be at least 2 (item analysis needs two attempts), was " + trainees);
        }
        Loaded loaded = Libraries.load(options, err);
        Course course = Libraries.course(loaded, COURSE);
        Quiz quiz = Assembly.assemble(Libraries.blueprint(loaded, BLUEPRINT), loaded.library(), seed);
        ProgressBar bar = new ProgressBar(err, "issuing certificates", options.interactive());
        RunDemo.Written written;
        try {
            written = new RunDemo(GlobalOptions.of(spec).clock()).run(new RunDemo.Request(course, quiz, trainees, seed,
                    output.orElse(Path.of("securebase-demo")), output.force(), ItemAnalysisTable::text), bar::update);
        } finally {
            bar.finish();
        }
        PrintWriter o = spec.commandLine().getOut();
        o.println("SecureBase demo: SIMULATED trainees on the bundled library, written to " + written.folder());
        written.summary().forEach((what, where) -> o.printf("  %-14s %s%n", what, where));
        o.println();
        o.println("Next: open gradebook.xlsx; check a certificate offline with");
        o.println("  securebase --db " + written.folder().resolve("demo.db") + " verify " + written.folder().resolve("certificates")
                + "/<file>.pdf");
        o.flush();
        return ExitCodes.OK;
    }
}
