package org.securebase.model.vignette;

import java.util.List;
import org.securebase.model.Checks;
import org.securebase.model.concept.ConceptId;

/**
 * A learning objective of a vignette and the concepts it targets.
 *
 * @param concepts at least one
 * @param text what the trainee should be able to do
 * @since 0.1
 */
public record Objective(List<ConceptId> concepts, String text) {

    /** Requires a concept and text. */
    public Objective {
        concepts = Checks.nonEmpty(concepts, "concepts of an objective");
        text = Checks.text(text, "text of an objective");
    }
}
