package org.securebase.model.concept;

/**
 * The three stages of Emotionally Focused Therapy for couples (Johnson): de-escalation of the
 * negative cycle, restructuring interactions, and consolidation.
 *
 * @since 0.1
 */
public enum EftStage {
    DE_ESCALATION(1, "De-escalation of the negative cycle"),
    RESTRUCTURING(2, "Restructuring interactions"),
    CONSOLIDATION(3, "Consolidation and integration");

    private final int number;
    private final String title;

    EftStage(int number, String title) {
        this.number = number;
        this.title = title;
    }

    /** The stage number, 1 to 3. */
    public int number() {
        return number;
    }

    /** The stage's name. */
    public String title() {
        return title;
    }

    /** The catalogue id ({@code eft.stage.2}). */
    public ConceptId concept() {
        return ConceptId.of("eft.stage." + number);
    }

    /** The steps of this stage, in order. */
    public java.util.List<EftStep> steps() {
        return java.util.Arrays.stream(EftStep.values()).filter(s -> s.stage() == this).toList();
    }
}
