package org.securebase.model.blueprint;

import java.util.List;
import java.util.Set;
import org.securebase.model.Checks;
import org.securebase.model.concept.ConceptId;
import org.securebase.model.concept.ConceptPattern;
import org.securebase.model.question.Difficulty;
import org.securebase.model.question.Question;
import org.securebase.model.vignette.Format;
import org.securebase.model.vignette.Vignette;

/**
 * Which questions a section may draw: those tagged with a concept the patterns select, from a
 * vignette of one of the formats, at one of the difficulties. An empty list means any.
 *
 * @param concepts concept ids or {@code prefix.*} patterns; empty means any concept
 * @param formats allowed vignette formats; empty means any
 * @param difficulties allowed difficulties (the question's own, else its vignette's); empty means any
 * @since 0.1
 */
public record Selection(List<ConceptPattern> concepts, Set<Format> formats, Set<Difficulty> difficulties) {

    /** Copies the lists; null is taken as "any". */
    public Selection {
        concepts = Checks.list(concepts, "concept patterns of a selection");
        formats = formats == null ? Set.of() : Set.copyOf(formats);
        difficulties = difficulties == null ? Set.of() : Set.copyOf(difficulties);
    }

    /** True when the question of this vignette is selected. */
    public boolean selects(Vignette vignette, Question question) {
        return selects(vignette.format(), vignette.difficultyOf(question), question.concepts());
    }

    /**
     * True when a question with these properties is selected: what {@link #selects(Vignette, Question)}
     * asks, for callers that keep only a question's properties (a validation cache, say).
     *
     * @param format its vignette's format
     * @param difficulty the difficulty that applies to it
     * @param questionConcepts the concepts it is tagged with
     * @since 0.2
     */
    public boolean selects(Format format, Difficulty difficulty, List<ConceptId> questionConcepts) {
        if (!formats.isEmpty() && !formats.contains(format)) {
            return false;
        }
        if (!difficulties.isEmpty() && !difficulties.contains(difficulty)) {
            return false;
        }
        return concepts.isEmpty()
                || questionConcepts.stream().anyMatch(id -> concepts.stream().anyMatch(p -> p.matches(id)));
    }
}
