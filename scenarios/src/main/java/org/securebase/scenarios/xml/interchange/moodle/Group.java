package org.securebase.scenarios.xml.interchange.moodle;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.securebase.model.concept.ConceptId;
import org.securebase.model.question.Difficulty;
import org.securebase.model.question.Question;
import org.securebase.model.vignette.Client;
import org.securebase.model.vignette.Format;
import org.securebase.model.vignette.Vignette;

/**
 * The questions of one vignette being imported: those of a Moodle category, or those a SecureBase
 * export named with one vignette's references, with the case found for them.
 *
 * @since 0.2
 */
final class Group {
    final String id;
    final String label;
    final String category;
    final List<Question> questions = new ArrayList<>();
    final Set<String> ids = new HashSet<>();
    final List<String> description = new ArrayList<>();
    ImportedCase theCase;
    private int counter;

    Group(String id, String label, String category) {
        this.id = id;
        this.label = label;
        this.category = category;
    }

    /** The next free question id {@code qN}. */
    String nextId() {
        String id;
        do {
            id = "q" + ++counter;
        } while (ids.contains(id));
        return id;
    }

    /**
     * The vignette: the case a SecureBase export wrote when there is one, else a minimal case
     * (one client, the category's description or a paragraph saying what to write) that
     * validates, with a note of what the author should add.
     */
    Vignette vignette(String file, ConceptId modality, List<String> notes) {
        if (theCase != null && theCase.vignetteId().equals(id)) {
            ImportedCase c = theCase;
            return new Vignette(id, 1, Format.of(c.format()), ConceptId.of(c.modality()), Difficulty.of(c.difficulty()), null,
                    "en", c.title(), c.authors().isEmpty() ? List.of("Imported from " + file) : c.authors(), c.license(),
                    List.of(), c.clients(), c.background(), c.transcript(), List.of(), questions, c.contentNotes(),
                    c.series());
        }
        List<String> background = description.isEmpty()
                ? List.of("The Moodle category '" + category + "' gave no case for these questions: write the clients' background here.")
                : description;
        notes.add("vignette " + id + " (" + (category.isEmpty() ? "no category" : category) + "): "
                + (description.isEmpty() ? "no case text; write the background, " : "background from the category's description; ")
                + "name the clients, add a transcript and check the format (individual), modality (" + modality
                + ") and difficulty (intermediate) it was given");
        return new Vignette(id, 1, Format.INDIVIDUAL, modality, Difficulty.INTERMEDIATE, null, "en", label,
                List.of("Imported from " + file), null, List.of(), List.of(new Client("client", "Client", null, null, null)),
                background, List.of(), List.of(), questions);
    }
}
