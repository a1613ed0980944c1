package org.securebase.cli.commands;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.securebase.cli.io.OutputFiles;
import org.securebase.cli.support.ExitCodes;
import org.securebase.cli.support.GlobalOptions;
import org.securebase.cli.support.UserError;
import org.securebase.cli.workspace.Workspace;
import org.securebase.export.handout.HandoutData;
import org.securebase.export.handout.Handouts;
import org.securebase.export.results.HandoutContent;
import org.securebase.export.typeset.FontSet;
import org.securebase.quiz.assembly.Quiz;
import org.securebase.quiz.results.Results;
import org.securebase.quiz.store.ResultStore;
import org.securebase.quiz.variant.Variant;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
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

    @Option(names = {"-o", "--out"}, required = true, paramLabel = "DIR", description = "The folder to write.")
    Path out;

    @Option(names = "--sponsor", paramLabel = "NAME", description = "The organisation named on the handouts (default: SecureBase).")
    String sponsor = "SecureBase";

    @Option(names = "--force", description = "Replace an existing output folder.")
    boolean force;

    @Override
    public Integer call() throws Exception {
        if (variants < 1 || variants > Results.HANDOUTS_SEARCHED) {
            throw new UserError("--variants must be between 1 and " + Results.HANDOUTS_SEARCHED + ", was " + variants);
        }
        GlobalOptions options = GlobalOptions.of(spec);
        Quiz quiz = Session.build(options, spec.commandLine().getErr(), blueprint, seed);
        Clock clock = Session.clock();
        try (ResultStore store = Workspace.of(options).open()) {
            new Results(store, clock).freeze(quiz);
        }
        List<String> codes = new ArrayList<>();
        Handouts handouts = new Handouts(FontSet.bundled(), clock);
        Path written = OutputFiles.writeFolder(out, force, folder -> {
            for (int n = 1; n <= variants; n++) {
                Variant variant = Variant.forHandout(quiz, n);
                HandoutData data = HandoutContent.of(quiz, variant, sponsor);
                String stem = String.format(Locale.ROOT, "variant-%02d-%s", n, variant.code());
                try (OutputStream o = Files.newOutputStream(folder.resolve(stem + "-handout.pdf"))) {
                    handouts.writeHandout(data, o);
                }
                try (OutputStream o = Files.newOutputStream(folder.resolve(stem + "-answer-key.pdf"))) {
                    handouts.writeAnswerKey(data, o);
                }
                codes.add(variant.code());
            }
        });
        var o = spec.commandLine().getOut();
        o.println("wrote " + variants + " handouts and answer keys for quiz " + quiz.id() + " into " + written);
        o.println("variant codes: " + String.join(", ", codes));
        o.println("import the paper answers with: securebase import RESPONSES.csv --quiz " + quiz.id()
                + " (see docs/import.md)");
        o.flush();
        return ExitCodes.OK;
    }
}
