package org.securebase.model.concept;

import java.util.List;

/**
 * The three negative interaction cycles of EFT with the positions the two partners take in
 * each: pursue–withdraw (the most common), attack–attack (both pursue, in blame) and
 * withdraw–withdraw (no one is fighting for the relationship).
 *
 * @since 0.1
 */
public enum NegativeCycle {
    PURSUE_WITHDRAW("cycle.pursue-withdraw", CyclePosition.PURSUER, CyclePosition.WITHDRAWER),
    ATTACK_ATTACK("cycle.attack-attack", CyclePosition.PURSUER, CyclePosition.PURSUER),
    WITHDRAW_WITHDRAW("cycle.withdraw-withdraw", CyclePosition.WITHDRAWER, CyclePosition.WITHDRAWER);

    private final ConceptId concept;
    private final List<CyclePosition> positions;

    NegativeCycle(String concept, CyclePosition first, CyclePosition second) {
        this.concept = ConceptId.of(concept);
        this.positions = List.of(first, second);
    }

    /** The catalogue id. */
    public ConceptId concept() {
        return concept;
    }

    /** The positions of the two partners. */
    public List<CyclePosition> positions() {
        return positions;
    }
}
