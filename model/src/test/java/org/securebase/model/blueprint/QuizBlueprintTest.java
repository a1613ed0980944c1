package org.securebase.model.blueprint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.securebase.model.ModelException;
import org.securebase.model.ModelFixtures;
import org.securebase.model.concept.ConceptPattern;
import org.securebase.model.question.Difficulty;
import org.securebase.model.question.QuestionRef;
import org.securebase.model.vignette.Format;
import org.securebase.model.vignette.Vignette;

class QuizBlueprintTest {
    private static Section fixedSection(String id, String... refs) {
        return new Section(id, "Always", null, List.of(), java.util.Arrays.stream(refs).map(QuestionRef::parse).toList());
    }

    @Test
    void rejectsAPassMarkAboveOneHundred() {
        ModelException e = assertThrows(ModelException.class, () -> new QuizBlueprint("b", 1, "T", null, 120, null,
                true, true, 1, null, List.of(fixedSection("s", "v#q1"))));
        assertEquals("pass-percent of blueprint b must be between 0 and 100, was 120", e.getMessage());
    }

    @Test
    void rejectsTheSameFixedQuestionInTwoSections() {
        ModelException e = assertThrows(ModelException.class, () -> new QuizBlueprint("b", 1, "T", null, 70, null,
                true, true, 1, null, List.of(fixedSection("s1", "v#q1"), fixedSection("s2", "v#q1"))));
        assertEquals("blueprint b fixes question v#q1 in more than one place", e.getMessage());
    }

    @Test
    void rejectsASectionThatAsksNothing() {
        ModelException e = assertThrows(ModelException.class, () -> new Section("s", "T", null, List.of(), List.of()));
        assertEquals("section s asks nothing: give it 'draw' or fixed questions", e.getMessage());
    }

    @Test
    void defaultsToTheBestAttempt() {
        QuizBlueprint b = new QuizBlueprint("b", 1, "T", null, 70, 45, true, true, 2, null, List.of(fixedSection("s", "v#q1")));
        assertEquals(AttemptPolicy.BEST, b.attemptPolicy());
        assertEquals(List.of(QuestionRef.parse("v#q1")), b.fixed());
    }

    @Test
    void selectsByConceptPatternFormatAndDifficulty() {
        Vignette v = ModelFixtures.anyVignette();
        Selection cycles = new Selection(List.of(ConceptPattern.of("cycle.*")), Set.of(Format.COUPLE),
                Set.of(Difficulty.INTRODUCTORY));
        assertTrue(cycles.selects(v, v.question("q1").orElseThrow()));
        assertFalse(cycles.selects(v, v.question("q2").orElseThrow()), "q2 is emotion, advanced");
        Selection familyOnly = new Selection(List.of(), Set.of(Format.FAMILY), Set.of());
        assertFalse(familyOnly.selects(v, v.question("q1").orElseThrow()));
        Selection any = new Selection(null, null, null);
        assertTrue(any.selects(v, v.question("q4").orElseThrow()));
    }

    @Test
    void acceptsMustPassOnlyForAFixedQuestionOfTheSection() {
        QuestionRef q1 = QuestionRef.parse("v#q1");
        Section s = new Section("s", "Always", null, List.of(), List.of(q1), false, List.of(q1));
        assertTrue(s.mustPass(q1));
        ModelException e = assertThrows(ModelException.class, () -> new Section("s", "Always", null, List.of(), List.of(q1),
                        false, List.of(QuestionRef.parse("v#q2"))));
        assertEquals("section s marks v#q2 must-pass, but does not fix it", e.getMessage());
    }
}
