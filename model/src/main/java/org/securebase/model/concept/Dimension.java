package org.securebase.model.concept;

/**
 * The two continuous dimensions of adult attachment measured by self-report (ECR, ECR-R):
 * attachment anxiety (worry about a partner's availability) and attachment avoidance
 * (discomfort with closeness and dependence).
 *
 * @since 0.1
 */
public enum Dimension {
    ANXIETY("dimension.anxiety"),
    AVOIDANCE("dimension.avoidance");

    private final ConceptId concept;

    Dimension(String concept) {
        this.concept = ConceptId.of(concept);
    }

    /** The catalogue id of this dimension. */
    public ConceptId concept() {
        return concept;
    }
}
