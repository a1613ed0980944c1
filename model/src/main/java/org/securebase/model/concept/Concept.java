package org.securebase.model.concept;

import org.securebase.model.Checks;

/**
 * One entry of the catalogue: an id with the name trainees see and a one- or two-sentence
 * definition written for them.
 *
 * @param id the stable id
 * @param displayName a short name
 * @param definition what the concept means, for trainees
 * @since 0.1
 */
public record Concept(ConceptId id, String displayName, String definition) {

    /** Requires every part. */
    public Concept {
        Checks.present(id, "concept id");
        displayName = Checks.text(displayName, "display name of " + id);
        definition = Checks.text(definition, "definition of " + id);
    }

    /** The group this concept belongs to. */
    public ConceptGroup group() {
        return ConceptGroup.of(id);
    }
}
