package org.securebase.model.concept;

/**
 * The two positions partners take in a negative cycle: the pursuer protests and demands
 * (beneath it, feeling alone or unimportant); the withdrawer defends and shuts down (beneath
 * it, feeling inadequate or overwhelmed).
 *
 * @since 0.1
 */
public enum CyclePosition {
    PURSUER("position.pursuer"),
    WITHDRAWER("position.withdrawer");

    private final ConceptId concept;

    CyclePosition(String concept) {
        this.concept = ConceptId.of(concept);
    }

    /** The catalogue id. */
    public ConceptId concept() {
        return concept;
    }
}
