package org.securebase.model.vignette;

import java.util.List;
import org.securebase.model.Checks;
import org.securebase.model.ModelException;
import org.securebase.model.concept.ConceptId;

/**
 * An expert note on the transcript, naming the concepts it illustrates and the turns it
 * refers to.
 *
 * @param concepts at least one
 * @param turns 1-based turn numbers, possibly empty
 * @param text the note
 * @since 0.1
 */
public record Annotation(List<ConceptId> concepts, List<Integer> turns, String text) {

    /** Requires a concept, positive turn numbers and text. */
    public Annotation {
        concepts = Checks.nonEmpty(concepts, "concepts of a note");
        turns = Checks.list(turns, "turns of a note");
        for (int t : turns) {
            if (t < 1) {
                throw new ModelException("turn numbers start at 1, a note refers to turn " + t);
            }
        }
        text = Checks.text(text, "text of a note");
    }
}
