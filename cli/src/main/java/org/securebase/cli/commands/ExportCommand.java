package org.securebase.cli.commands;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.securebase.cli.content.Exports;
import org.securebase.cli.content.Libraries;
import org.securebase.cli.support.ExitCodes;
import org.securebase.cli.support.GlobalOptions;
import org.securebase.cli.support.OutputOptions;
import org.securebase.cli.support.UserError;
import org.securebase.usecase.OutputFiles;
import org.securebase.usecase.StoreQuiz;
import org.securebase.scenarios.interchange.Export;
import org.securebase.scenarios.xml.interchange.moodle.MoodleExport;
import org.securebase.scenarios.xml.interchange.moodle.MoodleXmlWriter;
import org.securebase.scenarios.xml.interchange.qti.QtiPackage;
import org.securebase.scenarios.xml.interchange.qti.QtiPackageWriter;
import org.securebase.scenarios.load.Loaded;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * Exports questions for a learning management system (docs/interchange.md): a Moodle XML
 * question bank, or a QTI 2.1 content package Canvas, TAO and other QTI systems import.
 *
 * @since 0.2
 */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Export questions for an LMS: a Moodle XML question bank or a QTI 2.1 content package.",
        subcommands = {ExportCommand.Moodle.class, ExportCommand.Qti.class})
public final class ExportCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** What to export (exactly one of vignettes, a blueprint or a stored quiz) and where to. */
    public static final class Selection {
        @Parameters(paramLabel = "VIGNETTE", arity = "0..*", description = "Vignette ids of the library, a section each.")
        List<String> vignettes = new ArrayList<>();

        @Option(names = "--blueprint", paramLabel = "ID", description = "Every question a blueprint may ask, a section per blueprint section.")
        String blueprint;

        @Option(names = "--quiz", paramLabel = "QUIZ-ID", description = "A quiz built and stored with 'quiz build', a section per quiz section.")
        String quiz;

        @Mixin
        OutputOptions.Required output;

        /** The export the options name. */
        Export resolve(CommandSpec spec) {
            int given = (vignettes.isEmpty() ? 0 : 1) + (blueprint == null ? 0 : 1) + (quiz == null ? 0 : 1);
            if (given != 1) {
                throw new ParameterException(spec.commandLine(),
                        "name what to export: vignette ids, --blueprint ID or --quiz QUIZ-ID (exactly one of them)");
            }
            GlobalOptions root = GlobalOptions.of(spec);
            if (quiz != null) {
                return Exports.ofQuiz(new StoreQuiz(root.workspace(), root.clock()).find(quiz)
                        .orElseThrow(() -> new UserError("no quiz '" + quiz + "' in " + root.workspace().describe()
                                + "; 'securebase quiz build' stores one")).quiz());
            }
            Loaded loaded = Libraries.load(root, spec.commandLine().getErr());
            return blueprint != null ? Exports.ofBlueprint(loaded.library(), Libraries.blueprint(loaded, blueprint))
                    : Exports.ofVignettes(loaded.library(), vignettes);
        }

        /** Writes the bytes to the output atomically. */
        Path write(byte[] bytes) throws java.io.IOException {
            return OutputFiles.writeFile(output.path(), output.force(), p -> Files.write(p, bytes));
        }
    }

    /** What one format wrote: the bytes and the lines to print. */
    record Written(byte[] bytes, String summary, List<String> notes) {
    }

    /** An export subcommand: resolves the selection, writes its format, prints what it wrote. */
    abstract static class Format implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Mixin
        Selection selection;

        abstract Written write(Export export);

        @Override
        public Integer call() throws Exception {
            Written w = write(selection.resolve(spec));
            Path written = selection.write(w.bytes());
            PrintWriter out = spec.commandLine().getOut();
            out.println("wrote " + written + " (" + w.summary() + ")");
            w.notes().forEach(n -> out.println("  note: " + n));
            out.flush();
            return ExitCodes.OK;
        }

        static String count(int n, String one, String many) {
            return n + " " + (n == 1 ? one : many);
        }
    }

    /** {@code export moodle}. */
    @Command(name = "moodle", mixinStandardHelpOptions = true,
            description = "Write a Moodle XML question bank: a category per vignette or section, the case in each question.")
    public static final class Moodle extends Format {
        @Override
        Written write(Export export) {
            MoodleExport bank = MoodleXmlWriter.write(export);
            return new Written(bank.xml(), bank.questions() + " questions in "
                    + count(export.sections().size(), "category", "categories"), bank.notes());
        }
    }

    /** {@code export qti}. */
    @Command(name = "qti", mixinStandardHelpOptions = true,
            description = "Write a QTI 2.1 content package (.zip): an item per question, a test with a section per section.")
    public static final class Qti extends Format {
        @Override
        Written write(Export export) {
            QtiPackage pkg = QtiPackageWriter.write(export);
            return new Written(pkg.zip(), pkg.items() + " items, 1 test with "
                    + count(export.sections().size(), "section", "sections"), List.of());
        }
    }
}
