package org.securebase.model.concept;

import java.util.Optional;

/**
 * The way a person typically regulates attachment needs under threat (Mikulincer and Shaver
 * 2003): flexible and security-based, hyperactivating (protest, vigilance), deactivating
 * (suppressing needs, self-reliance), or a mix of approach and avoidance.
 *
 * @since 0.1
 */
public enum ProtectiveStrategy {
    SECURITY_BASED(null),
    HYPERACTIVATING("strategy.hyperactivating"),
    DEACTIVATING("strategy.deactivating"),
    MIXED_APPROACH_AVOID(null);

    private final ConceptId concept;

    ProtectiveStrategy(String concept) {
        this.concept = concept == null ? null : ConceptId.of(concept);
    }

    /** The catalogue id of the strategy, where the catalogue names it. */
    public Optional<ConceptId> concept() {
        return Optional.ofNullable(concept);
    }
}
