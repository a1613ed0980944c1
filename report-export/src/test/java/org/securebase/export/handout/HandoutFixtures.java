package org.securebase.export.handout;

import java.util.List;
import org.securebase.model.concept.ConceptId;
import org.securebase.model.question.ChoiceOption;
import org.securebase.model.question.Matching;
import org.securebase.model.question.MatchPair;
import org.securebase.model.question.MultipleResponse;
import org.securebase.model.question.Ordering;
import org.securebase.model.question.SingleChoice;
import org.securebase.model.vignette.Client;
import org.securebase.model.vignette.Format;
import org.securebase.model.vignette.Turn;
import org.securebase.model.vignette.Vignette;

/** A couple vignette with one question of each type, and a variant presenting it shuffled. */
public final class HandoutFixtures {
    static final List<ConceptId> STYLE = List.of(ConceptId.of("style.anxious"));
    static final String FEEDBACK_Q1 = "Protest that escalates when the partner withdraws marks anxious attachment.";
    static final String FEEDBACK_AVOIDANT = "Avoidant partners turn away rather than pursue.";

    private HandoutFixtures() {
    }

    static final SingleChoice Q1 = new SingleChoice("q1", 1, STYLE, null, "Which attachment style does Μαρία's pursuit suggest?",
            List.of(new ChoiceOption("Secure", false, null),
                    new ChoiceOption("Anxious (preoccupied)", true, "Her protest rises as Ivan withdraws."),
                    new ChoiceOption("Avoidant (dismissing)", false, FEEDBACK_AVOIDANT)), FEEDBACK_Q1);
    static final MultipleResponse Q2 = new MultipleResponse("q2", 2, STYLE, null, "Which are protest behaviours?",
            List.of(new ChoiceOption("Criticising", true, null), new ChoiceOption("Demanding contact", true, null),
                    new ChoiceOption("Stonewalling", false, null)), null, "Protest seeks contact; stonewalling avoids it.");
    static final Ordering Q3 = new Ordering("q3", 2, STYLE, null, "Put the de-escalation steps in order.",
            List.of("Assess the relationship", "Identify the negative cycle", "Access underlying emotions",
                    "Reframe the problem as the cycle"), null, "These are EFT steps 1 to 4.");
    static final Matching Q4 = new Matching("q4", 2, STYLE, null, "Match each behaviour to its cycle position.",
            List.of(new MatchPair("Raises her voice", "Pursuer"), new MatchPair("Leaves the room", "Withdrawer")), null,
            "Position names the move, not the person.");

    /** The vignette. */
    public static Vignette anyVignette() {
        return new Vignette("couple-kitchen", 1, Format.COUPLE, ConceptId.of("modality.eft"),
                org.securebase.model.question.Difficulty.INTRODUCTORY, 20, "en", "The kitchen argument",
                List.of("Dr. Amara Okafor"), "CC-BY-4.0", List.of(),
                List.of(new Client("maria", "Μαρία Ελευθερίου", 34, "she/her", "partner"),
                        new Client("ivan", "Иван Петров", 36, "he/him", "partner")),
                List.of("Μαρία and Иван have been together nine years. They came after an argument about dishes"
                        + " turned into a week of silence."),
                List.of(new Turn("maria", "You never answer me when I need you!", "voice rising, leaning forward"),
                        new Turn("ivan", "I just... need a minute.", "looks at the floor, long pause"),
                        new Turn(Turn.THERAPIST, "Ivan, what happens inside when Μαρία's voice rises?", null)),
                List.of(), List.of(Q1, Q2, Q3, Q4));
    }

    /** Variant B: every part shuffled. */
    public static HandoutData variantB() {
        return new HandoutData("Foundations of EFT: post-test", "Riverside Counseling Training Institute", "B",
                List.of(new PresentedVignette(anyVignette(), List.of(
                        new PresentedQuestion(1, Q1, List.of("Avoidant (dismissing)", "Secure", "Anxious (preoccupied)")),
                        new PresentedQuestion(2, Q2, List.of("Stonewalling", "Criticising", "Demanding contact")),
                        new PresentedQuestion(3, Q3, List.of("Access underlying emotions", "Assess the relationship",
                                "Reframe the problem as the cycle", "Identify the negative cycle")),
                        new PresentedQuestion(4, Q4, List.of("Withdrawer", "Pursuer"))))));
    }
}
