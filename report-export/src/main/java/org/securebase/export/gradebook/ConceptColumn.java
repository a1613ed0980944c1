package org.securebase.export.gradebook;

import org.securebase.model.Checks;
import org.securebase.model.concept.ConceptId;

/**
 * A concept as a column of the mastery sheet.
 *
 * @param concept the concept id
 * @param name the name trainees see
 * @since 0.1
 */
public record ConceptColumn(ConceptId concept, String name) {

    /** Requires both. */
    public ConceptColumn {
        Checks.present(concept, "concept of a mastery column");
        name = Checks.text(name, "name of mastery column " + concept);
    }
}
