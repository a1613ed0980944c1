package org.securebase.cli.commands;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.securebase.usecase.OutputFiles;
import org.securebase.cli.support.ExitCodes;
import org.securebase.cli.support.UserError;
import org.securebase.model.ModelException;
import org.securebase.model.concept.ConceptCatalogue;
import org.securebase.model.concept.ConceptGroup;
import org.securebase.model.concept.ConceptId;
import org.securebase.model.vignette.Vignette;
import org.securebase.scenarios.diagnostic.Diagnostic;
import org.securebase.scenarios.xml.interchange.moodle.BankRejectedException;
import org.securebase.scenarios.xml.interchange.moodle.MoodleBankReader;
import org.securebase.scenarios.xml.interchange.moodle.MoodleImport;
import org.securebase.scenarios.load.Checked;
import org.securebase.scenarios.load.ContentLoader;
import org.securebase.scenarios.load.Progress;
import org.securebase.scenarios.xml.ContentWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
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

    @Option(names = {"-o", "--out"}, required = true, paramLabel = "DIR", description = "The folder to write the vignettes into.")
    Path out;

    @Option(names = "--concept", paramLabel = "ID", description = "The concept of questions whose tags name no concept id (else they are skipped).")
    String concept;

    @Option(names = "--modality", paramLabel = "ID", defaultValue = "modality.attachment-based-individual",
            description = "The modality of vignettes whose case does not say (default: ${DEFAULT-VALUE}).")
    String modality;

    @Option(names = "--force", description = "Replace an existing folder.")
    boolean force;

    @Override
    public Integer call() throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new UserError("no such file: " + file);
        }
        if (Files.size(file) > MoodleBankReader.MAX_BYTES) {
            throw new UserError(file + " is " + Files.size(file) + " bytes; Moodle banks are refused above "
                    + MoodleBankReader.MAX_BYTES + " bytes (export it category by category)");
        }
        ConceptCatalogue catalogue = ConceptCatalogue.standard();
        MoodleImport bank;
        try {
            bank = new MoodleBankReader(catalogue, concept == null ? null : known(catalogue, concept, "--concept"),
                    modality(catalogue)).read(file.getFileName().toString(), Files.readAllBytes(file));
        } catch (BankRejectedException e) {
            throw new UserError(e.getMessage() + "; nothing was written", e);
        }
        PrintWriter o = spec.commandLine().getOut();
        bank.skipped().forEach(s -> o.println("  not imported: " + s));
        bank.notes().forEach(n -> o.println("  note: " + n));
        if (bank.vignettes().isEmpty()) {
            o.flush();
            throw new UserError(file + " holds no question SecureBase can import (" + bank.skipped().size()
                    + " not imported); nothing was written");
        }
        Path written = OutputFiles.writeFolder(out, force, dir -> {
            for (Vignette v : bank.vignettes()) {
                Files.writeString(dir.resolve(v.id() + ".xml"), ContentWriter.write(v), StandardCharsets.UTF_8);
            }
            Checked checked = ContentLoader.standard().check(ContentLoader.Request.of(List.of(dir)), Progress.NONE);
            if (checked.hasErrors()) {
                throw new IllegalStateException("the imported vignettes do not validate: " + checked.diagnostics());
            }
            for (Diagnostic d : checked.diagnostics()) {
                o.println("  lint: " + d.toString().replace(dir.toString(), out.toString()));
            }
        });
        o.println("imported " + bank.questions() + " question" + (bank.questions() == 1 ? "" : "s") + " into "
                + bank.vignettes().size() + " vignette" + (bank.vignettes().size() == 1 ? "" : "s") + " in " + written
                + "; " + bank.skipped().size() + " not imported");
        o.flush();
        return ExitCodes.OK;
    }

    private ConceptId modality(ConceptCatalogue catalogue) {
        ConceptId id = known(catalogue, modality, "--modality");
        if (ConceptGroup.of(id) != ConceptGroup.MODALITY) {
            throw new UserError("--modality must be a modality.* concept id, was '" + modality + "'");
        }
        return id;
    }

    private static ConceptId known(ConceptCatalogue catalogue, String value, String option) {
        try {
            ConceptId id = ConceptId.of(value);
            if (catalogue.contains(id)) {
                return id;
            }
        } catch (ModelException e) {
            throw new UserError(option + " must be a concept id, was '" + value + "'", e);
        }
        throw new UserError(option + " names no concept id: '" + value + "' (securebase concepts lists them)");
    }
}
