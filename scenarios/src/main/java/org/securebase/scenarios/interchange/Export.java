package org.securebase.scenarios.interchange;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.securebase.model.ModelException;
import org.securebase.model.library.LibraryQuestion;

/**
 * The questions one export hands to another system, in sections: one section per vignette, per
 * blueprint section or per quiz section. Moodle makes a category of each section, QTI an
 * {@code assessmentSection}.
 *
 * @param id what the export is of (a quiz id, a blueprint id or a vignette id), used to name the package
 * @param title shown in the other system
 * @param sections at least one, ids distinct
 * @since 0.2
 */
public record Export(String id, String title, List<ExportSection> sections) {

    /** Requires sections with distinct ids and no question asked twice. */
    public Export {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        sections = List.copyOf(sections);
        if (sections.isEmpty()) {
            throw new ModelException("export " + id + " has no section");
        }
        if (sections.stream().map(ExportSection::id).distinct().count() != sections.size()) {
            throw new ModelException("export " + id + " has two sections with one id");
        }
        List<LibraryQuestion> all = new ArrayList<>();
        sections.forEach(s -> all.addAll(s.questions()));
        if (all.stream().map(LibraryQuestion::ref).distinct().count() != all.size()) {
            throw new ModelException("export " + id + " holds a question in two sections; each question is exported once");
        }
    }

    /** Every question, section by section. */
    public List<LibraryQuestion> questions() {
        List<LibraryQuestion> all = new ArrayList<>();
        sections.forEach(s -> all.addAll(s.questions()));
        return all;
    }
}
