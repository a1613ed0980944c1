package org.securebase.model.concept;

/**
 * The four prototype regions of adult attachment, each placed on the anxiety and avoidance
 * dimensions with its typical protective strategy. "Disorganized" is the popular label for
 * the high-anxiety, high-avoidance quadrant that self-report research calls fearful-avoidant;
 * the definition in the catalogue keeps the two constructs apart.
 *
 * @since 0.1
 */
public enum AttachmentStyle {
    SECURE("style.secure", Level.LOW, Level.LOW, ProtectiveStrategy.SECURITY_BASED),
    ANXIOUS("style.anxious", Level.HIGH, Level.LOW, ProtectiveStrategy.HYPERACTIVATING),
    AVOIDANT("style.avoidant", Level.LOW, Level.HIGH, ProtectiveStrategy.DEACTIVATING),
    DISORGANIZED("style.disorganized", Level.HIGH, Level.HIGH, ProtectiveStrategy.MIXED_APPROACH_AVOID);

    private final ConceptId concept;
    private final Level anxiety;
    private final Level avoidance;
    private final ProtectiveStrategy strategy;

    AttachmentStyle(String concept, Level anxiety, Level avoidance, ProtectiveStrategy strategy) {
        this.concept = ConceptId.of(concept);
        this.anxiety = anxiety;
        this.avoidance = avoidance;
        this.strategy = strategy;
    }

    /** The catalogue id. */
    public ConceptId concept() {
        return concept;
    }

    /** The level on the given dimension. */
    public Level on(Dimension dimension) {
        return dimension == Dimension.ANXIETY ? anxiety : avoidance;
    }

    /** The typical protective strategy of the prototype. */
    public ProtectiveStrategy strategy() {
        return strategy;
    }

    /** The style whose prototype sits at these levels. */
    public static AttachmentStyle at(Level anxiety, Level avoidance) {
        for (AttachmentStyle s : values()) {
            if (s.anxiety == anxiety && s.avoidance == avoidance) {
                return s;
            }
        }
        throw new IllegalStateException("every quadrant has a style");
    }
}
