package org.securebase.model.question;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.securebase.model.ModelFixtures.concepts;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.securebase.model.ModelException;

class QuestionTest {
    private static ChoiceOption right(String text) {
        return new ChoiceOption(text, true, "why");
    }

    private static ChoiceOption wrong(String text) {
        return new ChoiceOption(text, false, "why not");
    }

    @Test
    void rejectsSingleChoiceWithTwoCorrectOptions() {
        ModelException e = assertThrows(ModelException.class, () -> new SingleChoice("q1", 1, concepts("style.secure"),
                null, "Stem?", List.of(right("A"), right("B"), wrong("C")), null));
        assertEquals("single-choice question q1 must have exactly one correct option, has 2", e.getMessage());
    }

    @Test
    void rejectsSingleChoiceWithNoCorrectOption() {
        ModelException e = assertThrows(ModelException.class, () -> new SingleChoice("q1", 1, concepts("style.secure"),
                null, "Stem?", List.of(wrong("A"), wrong("B")), null));
        assertEquals("single-choice question q1 must have exactly one correct option, has 0", e.getMessage());
    }

    @Test
    void rejectsMultipleResponseWithoutACorrectOption() {
        ModelException e = assertThrows(ModelException.class, () -> new MultipleResponse("q2", 1,
                concepts("style.secure"), null, "Stem?", List.of(wrong("A"), wrong("B")), null, null));
        assertEquals("multiple-response question q2 has no correct option", e.getMessage());
    }

    @Test
    void rejectsDuplicateOptionText() {
        ModelException e = assertThrows(ModelException.class, () -> new SingleChoice("q1", 1, concepts("style.secure"),
                null, "Stem?", List.of(right("Same"), wrong("  Same ")), null));
        assertEquals("question q1 has the option text 'Same' twice", e.getMessage());
    }

    @Test
    void rejectsNegativePoints() {
        ModelException e = assertThrows(ModelException.class, () -> new SingleChoice("q1", -2, concepts("style.secure"),
                null, "Stem?", List.of(right("A"), wrong("B")), null));
        assertEquals("points of question q1 must be ≥ 0, was -2", e.getMessage());
    }

    @Test
    void rejectsAQuestionWithNoConcept() {
        ModelException e = assertThrows(ModelException.class, () -> new Ordering("q3", 1, List.of(), null, "Order",
                List.of("a", "b", "c"), null, null));
        assertEquals("question q3 assesses no concept: name at least one in 'concepts'", e.getMessage());
    }

    @Test
    void rejectsMatchingWithARightSideUsedTwice() {
        ModelException e = assertThrows(ModelException.class, () -> new Matching("q4", 1, concepts("style.secure"), null,
                "Match", List.of(new MatchPair("a", "x"), new MatchPair("b", "x")), null, null));
        assertEquals("matching question q4 has the right side 'x' twice", e.getMessage());
    }

    @Test
    void rejectsASpareThatRepeatsARightSide() {
        ModelException e = assertThrows(ModelException.class, () -> new Matching("q4", 1, concepts("style.secure"), null,
                "Match", List.of(new MatchPair("a", "x"), new MatchPair("b", "y")), null, null, List.of("z", "y")));
        assertEquals("matching question q4 has the right side 'y' twice (a spare must differ from every right side)",
                e.getMessage());
    }

    @Test
    void numbersSparesOnFromTheLastPairAndArrangesThemWithTheRightSides() {
        Matching m = new Matching("q4", 1, concepts("style.secure"), null, "Match",
                List.of(new MatchPair("a", "x"), new MatchPair("b", "y")), null, null, List.of("  z\n "));
        assertEquals(List.of("x", "y", "z"), m.rights());
        assertEquals(3, QuestionLayout.places(m));
        assertEquals(List.of(), new Matching("q5", 1, concepts("style.secure"), null, "Match",
                List.of(new MatchPair("a", "x"), new MatchPair("b", "y")), null, null).distractors());
    }

    @Test
    void foldsWhitespaceInMixedContentText() {
        ChoiceOption o = new ChoiceOption("  Pursue–withdraw\n        ", true, "\n  Jordan presses.\n ");
        assertEquals("Pursue–withdraw", o.text());
        assertEquals("Jordan presses.", o.feedback());
    }

    @Test
    void appliesTheDocumentedScoringDefaults() {
        assertEquals(Scoring.ALL_OR_NOTHING, new MultipleResponse("q", 1, concepts("style.secure"), null, "S",
                List.of(right("a"), wrong("b")), null, null).scoring());
        assertEquals(Scoring.PARTIAL, new Ordering("q", 1, concepts("style.secure"), null, "S",
                List.of("a", "b"), null, null).scoring());
        assertEquals(Scoring.PARTIAL, new Matching("q", 1, concepts("style.secure"), null, "S",
                List.of(new MatchPair("a", "x"), new MatchPair("b", "y")), null, null).scoring());
    }

    @Test
    void parsesAndPrintsQuestionReferences() {
        QuestionRef ref = QuestionRef.parse("couple-late-text#q1");
        assertEquals("couple-late-text", ref.vignetteId());
        assertEquals("q1", ref.questionId());
        assertEquals("couple-late-text#q1", ref.toString());
    }

    @Test
    void rejectsAReferenceWithoutAHash() {
        ModelException e = assertThrows(ModelException.class, () -> QuestionRef.parse("couple-late-text-q1"));
        assertEquals("question reference must be 'vignette-id#question-id', was 'couple-late-text-q1'", e.getMessage());
    }

    @Test
    void knowsThePositionsOfTheKey() {
        MultipleResponse q = new MultipleResponse("q", 1, concepts("style.secure"), null, "S",
                List.of(wrong("a"), right("b"), wrong("c"), right("d")), Scoring.PARTIAL, null);
        assertEquals(List.of(2, 4), q.correctPositions());
    }
}
