package org.securebase.model;

import java.util.List;
import org.securebase.model.concept.ConceptId;
import org.securebase.model.question.ChoiceOption;
import org.securebase.model.question.Difficulty;
import org.securebase.model.question.MatchPair;
import org.securebase.model.question.Matching;
import org.securebase.model.question.OpenResponse;
import org.securebase.model.question.Rubric;
import org.securebase.model.question.RubricCriterion;
import org.securebase.model.question.RubricLevel;
import org.securebase.model.question.MultipleResponse;
import org.securebase.model.question.Ordering;
import org.securebase.model.question.Question;
import org.securebase.model.question.Scoring;
import org.securebase.model.question.SingleChoice;
import org.securebase.model.vignette.Annotation;
import org.securebase.model.vignette.Client;
import org.securebase.model.vignette.Format;
import org.securebase.model.vignette.Objective;
import org.securebase.model.vignette.Turn;
import org.securebase.model.vignette.Vignette;

/** Valid model values to start tests from; each test changes the one part it is about. */
public final class ModelFixtures {
    private ModelFixtures() {
    }

    public static List<ConceptId> concepts(String... ids) {
        return java.util.Arrays.stream(ids).map(ConceptId::of).toList();
    }

    public static SingleChoice anySingleChoice(String id) {
        return new SingleChoice(id, 1, concepts("cycle.pursue-withdraw"), null, "Which cycle is this?",
                List.of(new ChoiceOption("Pursue–withdraw", true, "Right."),
                        new ChoiceOption("Attack–attack", false, "Only one partner escalates."),
                        new ChoiceOption("Withdraw–withdraw", false, "One partner protests.")),
                null);
    }

    public static MultipleResponse anyMultipleResponse(String id) {
        return new MultipleResponse(id, 2, concepts("emotion.primary"), Difficulty.ADVANCED, "Which are primary?",
                List.of(new ChoiceOption("Fear", true, "Yes."), new ChoiceOption("Hurt", true, "Yes."),
                        new ChoiceOption("Irritation", false, "Reactive.")),
                Scoring.PARTIAL, null);
    }

    public static Ordering anyOrdering(String id) {
        return new Ordering(id, 1, concepts("eft.step.1", "eft.step.2"), null, "Order the steps.",
                List.of("Alliance", "Cycle", "Emotions"), null, "Steps one to three.");
    }

    public static Matching anyMatching(String id) {
        return new Matching(id, 3, concepts("position.pursuer"), null, "Match them.",
                List.of(new MatchPair("Texting again", "Hyperactivating"), new MatchPair("Looking away", "Deactivating"),
                        new MatchPair("Naming fear", "Primary emotion")),
                Scoring.ALL_OR_NOTHING, "Each behaviour serves a strategy.");
    }

    /** An open response worth 4 points with a two-criterion rubric worth 4 and a model answer. */
    public static OpenResponse anyOpenResponse(String id) {
        return new OpenResponse(id, 4, concepts("emotion.primary"), null, "Write what you would say to Ana now.",
                "It sounds like under the anger there is fear that you do not matter to him.", 400, anyRubric(),
                "Reflect the primary emotion, then slow down.");
    }

    /** Two criteria of three levels (0, 1, 2 points), every level described. */
    public static Rubric anyRubric() {
        return new Rubric(List.of(
                new RubricCriterion("emotion", "Names the primary emotion", 2, List.of(
                        new RubricLevel(0, "Stays with the anger or the content"),
                        new RubricLevel(1, "Hints at a softer feeling"),
                        new RubricLevel(2, "Names the fear or hurt under the anger"))),
                new RubricCriterion("pace", "Stays with the client's pace", 2, List.of(
                        new RubricLevel(0, "Moves on to advice"),
                        new RubricLevel(1, "Slows down but changes the subject"),
                        new RubricLevel(2, "Slows down and stays with her experience")))));
    }

    public static List<Client> anyCouple() {
        return List.of(new Client("ana", "Ana", 40, "she/her", "partner"), new Client("ben", "Ben", 41, null, "partner"));
    }

    public static List<Turn> anyTranscript() {
        return List.of(new Turn("ana", "You never answer.", null), new Turn("ben", "I was busy.", "looks away"),
                new Turn(Turn.THERAPIST, "Can we slow down?", null));
    }

    public static Vignette anyVignette(List<Question> questions) {
        return vignette(anyCouple(), anyTranscript(),
                List.of(new Annotation(concepts("position.pursuer"), List.of(1, 3), "Protest as a bid.")), questions);
    }

    public static Vignette anyVignette() {
        return anyVignette(List.of(anySingleChoice("q1"), anyMultipleResponse("q2"), anyOrdering("q3"), anyMatching("q4")));
    }

    public static Vignette vignette(List<Client> clients, List<Turn> transcript, List<Annotation> notes,
                                    List<Question> questions) {
        return new Vignette("any-vignette", 1, Format.COUPLE, ConceptId.of("modality.eft"), Difficulty.INTRODUCTORY,
                15, null, "A case", List.of("Team"), "CC-BY-4.0",
                List.of(new Objective(concepts("cycle.pursue-withdraw"), "Name the cycle.")),
                clients, List.of("They argue."), transcript, notes, questions);
    }
}
