package org.securebase.scenarios.interchange;

import java.util.List;
import java.util.Objects;

import org.securebase.model.ModelException;
import org.securebase.model.library.LibraryQuestion;

/**
 * One section of an export: its questions, each with the vignette whose case it is asked about.
 *
 * @param id the section's id (a blueprint section's id, or the vignette's id)
 * @param title shown in the other system
 * @param questions at least one
 * @since 0.2
 */
public record ExportSection(String id, String title, List<LibraryQuestion> questions) {

    /** Requires at least one question. */
    public ExportSection {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        questions = List.copyOf(questions);
        if (questions.isEmpty()) {
            throw new ModelException("section " + id + " of an export holds no question");
        }
    }
}
