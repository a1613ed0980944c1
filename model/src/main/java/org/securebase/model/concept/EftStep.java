package org.securebase.model.concept;

/**
 * The nine steps of EFT, each in its stage (Johnson 2004): steps 1 to 4 de-escalate, 5 to 7
 * restructure, 8 and 9 consolidate.
 *
 * @since 0.1
 */
public enum EftStep {
    ALLIANCE_AND_CONFLICT(1, EftStage.DE_ESCALATION, "Create an alliance and delineate the conflict in the core attachment struggle"),
    IDENTIFY_CYCLE(2, EftStage.DE_ESCALATION, "Identify the negative interaction cycle"),
    ACCESS_UNDERLYING_EMOTIONS(3, EftStage.DE_ESCALATION, "Access the unacknowledged emotions underlying each partner's position"),
    REFRAME_AS_CYCLE(4, EftStage.DE_ESCALATION, "Reframe the problem in terms of the cycle, underlying emotions and attachment needs"),
    IDENTIFY_WITH_DISOWNED_NEEDS(5, EftStage.RESTRUCTURING, "Promote identification with disowned attachment emotions, needs and aspects of self"),
    ACCEPT_PARTNERS_EXPERIENCE(6, EftStage.RESTRUCTURING, "Promote acceptance of the partner's experience and new responses"),
    EXPRESS_NEEDS_AND_ENGAGE(7, EftStage.RESTRUCTURING, "Facilitate the expression of needs and wants and create emotional engagement"),
    NEW_SOLUTIONS(8, EftStage.CONSOLIDATION, "Facilitate new solutions to old relationship problems"),
    CONSOLIDATE_NEW_POSITIONS(9, EftStage.CONSOLIDATION, "Consolidate new positions and new cycles of attachment behaviour");

    private final int number;
    private final EftStage stage;
    private final String title;

    EftStep(int number, EftStage stage, String title) {
        this.number = number;
        this.stage = stage;
        this.title = title;
    }

    /** The step number, 1 to 9. */
    public int number() {
        return number;
    }

    /** The stage the step belongs to. */
    public EftStage stage() {
        return stage;
    }

    /** What the therapist does in the step. */
    public String title() {
        return title;
    }

    /** The catalogue id ({@code eft.step.3}). */
    public ConceptId concept() {
        return ConceptId.of("eft.step." + number);
    }
}
