package org.securebase.usecase;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.securebase.model.Checks;
import org.securebase.model.ModelException;
import org.securebase.model.concept.ConceptCatalogue;
import org.securebase.model.concept.ConceptGroup;
import org.securebase.model.concept.ConceptId;
import org.securebase.model.vignette.Vignette;
import org.securebase.scenarios.diagnostic.Diagnostic;
import org.securebase.scenarios.load.Checked;
import org.securebase.scenarios.load.ContentLoader;
import org.securebase.scenarios.load.Progress;
import org.securebase.scenarios.xml.ContentWriter;
import org.securebase.scenarios.xml.interchange.moodle.BankRejectedException;
import org.securebase.scenarios.xml.interchange.moodle.MoodleBankReader;
import org.securebase.scenarios.xml.interchange.moodle.MoodleImport;

/**
 * Turns a Moodle XML question bank into vignette files (docs/interchange.md): the folder is
 * written whole or not at all, after the vignettes in it were checked as {@code validate} checks
 * them; every question that could not be held is listed with the reason.
 *
 * @since 0.3
 */
public final class ImportMoodleBank {

    /**
     * What to import and where.
     *
     * @param file the Moodle XML file
     * @param out the folder to write the vignettes into
     * @param concept the concept of questions whose tags name none, or null to skip them
     * @param modality the modality of vignettes whose case does not say
     * @param force whether an existing folder may be replaced
     */
    public record Request(Path file, Path out, String concept, String modality, boolean force) {
        /** Checks the parts. */
        public Request {
            Checks.present(file, "file");
            Checks.present(out, "output folder");
            Checks.present(modality, "modality");
        }
    }

    /**
     * What the import did.
     *
     * @param written the folder written; empty when the bank held nothing importable
     * @param questions how many questions were imported
     * @param vignettes how many vignettes they make
     * @param skipped each question not imported, with the reason
     * @param notes what the author should know about what was imported
     * @param lint the lint warnings on the written vignettes, located in the output folder
     */
    public record Imported(Optional<Path> written, int questions, int vignettes, List<String> skipped, List<String> notes,
                           List<String> lint) {
        /** Copies the lists. */
        public Imported {
            Checks.present(written, "written");
            skipped = List.copyOf(skipped);
            notes = List.copyOf(notes);
            lint = List.copyOf(lint);
        }
    }

    /**
     * Imports the bank.
     *
     * @param request what to import and where
     * @return what was imported and written
     * @throws IOException when the file cannot be read or the folder written
     */
    public Imported run(Request request) throws IOException {
        Path file = request.file();
        if (!Files.isRegularFile(file)) {
            throw new Refusal("no such file: " + file);
        }
        if (Files.size(file) > MoodleBankReader.MAX_BYTES) {
            throw new Refusal(file + " is " + Files.size(file) + " bytes; Moodle banks are refused above "
                    + MoodleBankReader.MAX_BYTES + " bytes (export it category by category)");
        }
        ConceptCatalogue catalogue = ConceptCatalogue.standard();
        MoodleImport bank;
        try {
            bank = new MoodleBankReader(catalogue, request.concept() == null ? null : known(catalogue, request.concept(),
                    "--concept"), modality(catalogue, request.modality())).read(file.getFileName().toString(),
                    Files.readAllBytes(file));
        } catch (BankRejectedException e) {
            throw new Refusal(e.getMessage() + "; nothing was written", e);
        }
        List<String> skipped = bank.skipped().stream().map(Object::toString).toList();
        List<String> notes = bank.notes().stream().map(Object::toString).toList();
        if (bank.vignettes().isEmpty()) {
            return new Imported(Optional.empty(), 0, 0, skipped, notes, List.of());
        }
        List<String> lint = new ArrayList<>();
        Path written = OutputFiles.writeFolder(request.out(), request.force(), dir -> {
            for (Vignette v : bank.vignettes()) {
                Files.writeString(dir.resolve(v.id() + ".xml"), ContentWriter.write(v), StandardCharsets.UTF_8);
            }
            Checked checked = ContentLoader.standard().check(ContentLoader.Request.of(List.of(dir)), Progress.NONE);
            if (checked.hasErrors()) {
                throw new IllegalStateException("the imported vignettes do not validate: " + checked.diagnostics());
            }
            for (Diagnostic d : checked.diagnostics()) {
                lint.add(d.toString().replace(dir.toString(), request.out().toString()));
            }
        });
        return new Imported(Optional.of(written), bank.questions(), bank.vignettes().size(), skipped, notes, lint);
    }

    private static ConceptId modality(ConceptCatalogue catalogue, String modality) {
        ConceptId id = known(catalogue, modality, "--modality");
        if (ConceptGroup.of(id) != ConceptGroup.MODALITY) {
            throw new Refusal("--modality must be a modality.* concept id, was '" + modality + "'");
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
            throw new Refusal(option + " must be a concept id, was '" + value + "'", e);
        }
        throw new Refusal(option + " names no concept id: '" + value + "' (securebase concepts lists them)");
    }
}
