package org.securebase.cli.commands;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.securebase.cli.support.ExitCodes;
import org.securebase.cli.support.OutputOptions;
import org.securebase.cli.support.UserError;
import org.securebase.cli.terminal.Shown;
import org.securebase.usecase.ImportMoodleBank;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code import moodle}: turns a Moodle XML question bank into vignette files (docs/interchange.md),
 * written as a folder that appears whole or not at all, checked as {@code validate} checks them;
 * every question that could not be held is listed with the reason.
 *
 * @since 0.2
 */
@Command(name = "moodle", mixinStandardHelpOptions = true,
        description = "Import a Moodle XML question bank as vignette files; lists every question it cannot hold.")
public final class MoodleImportCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE.xml", description = "The Moodle XML file (Moodle: Question bank > Export > Moodle XML format).")
    Path file;

    @Mixin
    OutputOptions.Required output;

    @Option(names = "--concept", paramLabel = "ID", description = "The concept of questions whose tags name no concept id (else they are skipped).")
    String concept;

    @Option(names = "--modality", paramLabel = "ID", defaultValue = "modality.attachment-based-individual",
            description = "The modality of vignettes whose case does not say (default: ${DEFAULT-VALUE}).")
    String modality;

    @Override
    public Integer call() throws IOException {
        ImportMoodleBank.Imported bank = new ImportMoodleBank().run(new ImportMoodleBank.Request(file, output.path(), concept, modality,
                output.force()));
        PrintWriter o = spec.commandLine().getOut();
        bank.skipped().forEach(s -> o.println("  not imported: " + Shown.safe(s)));
        bank.notes().forEach(n -> o.println("  note: " + Shown.safe(n)));
        if (bank.written().isEmpty()) {
            o.flush();
            throw new UserError(file + " holds no question SecureBase can import (" + bank.skipped().size()
                    + " not imported); nothing was written");
        }
        bank.lint().forEach(l -> o.println("  lint: " + Shown.safe(l)));
        o.println("imported " + bank.questions() + " question" + (bank.questions() == 1 ? "" : "s") + " into "
                + bank.vignettes() + " vignette" + (bank.vignettes() == 1 ? "" : "s") + " in " + bank.written().get()
                + "; " + bank.skipped().size() + " not imported");
        o.flush();
        return ExitCodes.OK;
    }
}
