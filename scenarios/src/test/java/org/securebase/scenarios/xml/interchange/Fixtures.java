package org.securebase.scenarios.xml.interchange;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

import org.securebase.model.library.LibraryQuestion;
import org.securebase.model.vignette.Vignette;
import org.securebase.scenarios.interchange.Export;
import org.securebase.scenarios.interchange.ExportSection;
import org.securebase.scenarios.xml.FileContent;
import org.securebase.scenarios.xml.XmlContent;

/** The interchange tests' own vignette with every type and scoring, and exports built from vignettes. */
public final class Fixtures {
    private Fixtures() {
    }

    /** The vignette {@code every-scoring}: every question type, partial and all-or-nothing, own difficulties. */
    public static Vignette everyScoring() {
        try (InputStream in = Fixtures.class.getResourceAsStream("/interchange/vignettes/every-scoring.xml")) {
            FileContent read = XmlContent.standard().read("every-scoring.xml", in);
            if (!(read instanceof FileContent.VignetteFile file)) {
                throw new IllegalStateException("the fixture does not load: " + read.diagnostics());
            }
            return file.vignette().value();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The vignette {@code every-scoring} with two content notes, the second needing escaping. */
    public static Vignette everyScoringWithNotes() {
        Vignette v = everyScoring();
        return new Vignette(v.id(), v.version(), v.format(), v.modality(), v.difficulty(), v.minutes(), v.language(),
                v.title(), v.authors(), v.license(), v.objectives(), v.clients(), v.background(), v.transcript(),
                v.annotations(), v.questions(), List.of("intimate-partner violence", "a parent's drinking & anger <at night>"));
    }

    /** An export with one section per vignette. */
    public static Export perVignette(List<Vignette> vignettes) {
        return new Export(vignettes.size() == 1 ? vignettes.get(0).id() : "library", "SecureBase library", vignettes.stream()
                .map(v -> new ExportSection(v.id(), v.title(), v.questions().stream().map(q -> new LibraryQuestion(v, q)).toList()))
                .toList());
    }
}
