package org.securebase.quiz.variant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.AlphaChars;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;
import org.securebase.model.ModelException;
import org.securebase.model.question.QuestionRef;
import org.securebase.quiz.LibraryFixtures;
import org.securebase.quiz.assembly.Assembly;
import org.securebase.quiz.assembly.Quiz;
import org.securebase.quiz.assembly.QuizSection;
import org.securebase.quiz.assembly.VignetteBlock;
import org.securebase.quiz.scoring.Answer;

class VariantTest {
    private static final Quiz QUIZ = Assembly.assemble(LibraryFixtures.anyBlueprint(), LibraryFixtures.anyLibrary(), 20240917L);
    private static final QuestionRef Q1 = QuestionRef.parse("couple-late-text#q1");
    private static final QuestionRef ORDERING = QuestionRef.parse("couple-late-text#q3");
    private static final QuestionRef MATCHING = QuestionRef.parse("couple-late-text#q4");

    @Test
    void pinsTheGoldenVariantOfOneTrainee() {
        Variant v = Variant.forTrainee(QUIZ, "alice");
        assertEquals("G53ND", v.code());
        assertEquals(List.of("couple-sunday-dinner#q2", "couple-sunday-dinner#q1", "family-locked-door#q1",
                "family-locked-door#q2", "individual-self-reliant#q1", "couple-late-text#q4",
                "individual-reassurance#q2", "couple-late-text#q1", "couple-late-text#q3"),
                v.order().stream().map(QuestionRef::toString).toList());
        assertEquals(List.of(1, 4, 3, 2), v.arrangement(Q1));
        assertEquals(List.of(2, 1, 4, 3), v.arrangement(ORDERING));
        assertEquals(List.of(2, 1, 3), v.arrangement(MATCHING));
    }

    @Test
    void reprintingAHandoutGivesTheSameVariant() {
        assertEquals(Variant.forHandout(QUIZ, 3), Variant.forHandout(QUIZ, 3));
        assertEquals("5HEXJ", Variant.forHandout(QUIZ, 3).code());
    }

    @Test
    void findsAPrintedHandoutByItsCode() {
        assertEquals(Variant.forHandout(QUIZ, 3), Variant.findHandout(QUIZ, "5hexj", 30).orElseThrow());
        assertTrue(Variant.findHandout(QUIZ, "ZZZZZ", 30).isEmpty());
    }

    @Test
    void neighboursGetDifferentOrders() {
        var orders = new HashSet<List<QuestionRef>>();
        var codes = new HashSet<String>();
        for (String trainee : List.of("alice", "bob", "chen", "dara", "eli")) {
            Variant v = Variant.forTrainee(QUIZ, trainee);
            orders.add(v.order());
            codes.add(v.code());
        }
        assertTrue(orders.size() >= 4, "five trainees share orders: " + orders.size());
        assertEquals(5, codes.size());
    }

    @Property
    void shufflingNeverSplitsAVignetteNorLosesAQuestion(@ForAll @AlphaChars @StringLength(min = 1, max = 12) String trainee) {
        Variant v = Variant.forTrainee(QUIZ, trainee);
        assertEquals(new HashSet<>(QUIZ.refs()), new HashSet<>(v.order()));
        assertEquals(QUIZ.refs().size(), v.order().size());
        for (int i = 0; i < QUIZ.sections().size(); i++) {
            QuizSection original = QUIZ.sections().get(i);
            QuizSection shown = v.sections().get(i);
            assertEquals(original.id(), shown.id());
            assertEquals(new HashSet<>(original.refs()), new HashSet<>(shown.refs()), "questions moved between sections");
            for (VignetteBlock b : shown.blocks()) {
                assertTrue(b.questions().stream().allMatch(r -> r.vignetteId().equals(b.vignetteId())));
            }
        }
    }

    @Property
    void orderingItemsAndMatchingSidesAreNeverShownInKeyOrder(@ForAll @AlphaChars @StringLength(min = 1, max = 12) String trainee) {
        Variant v = Variant.forTrainee(QUIZ, trainee);
        assertNotEquals(List.of(1, 2, 3, 4), v.arrangement(ORDERING));
        assertNotEquals(List.of(1, 2, 3), v.arrangement(MATCHING));
    }

    @Test
    void withoutShufflingQuestionsAndOptionsKeepTheirWrittenOrder() {
        Quiz plain = Assembly.assemble(LibraryFixtures.blueprint(false, false), LibraryFixtures.anyLibrary(), 20240917L);
        Variant v = Variant.forTrainee(plain, "alice");
        assertEquals(plain.refs(), v.order());
        assertEquals(List.of(1, 2, 3, 4), v.arrangement(Q1));
        assertNotEquals(List.of(1, 2, 3, 4), v.arrangement(ORDERING), "ordering items are shuffled regardless");
    }

    @Test
    void mapsDeliveryLettersBackToWrittenPositions() {
        Variant v = Variant.forTrainee(QUIZ, "alice");
        assertEquals(Answer.Choice.of(4), v.choose(Q1, List.of("B")));
        assertEquals("D", v.letterOf(Q1, 2));
        assertEquals(Answer.Order.of(1, 2, 3, 4), v.order(ORDERING, List.of("B", "A", "D", "C")));
        assertEquals(new Answer.Match(Map.of(1, 1, 2, 2, 3, 3)), v.match(MATCHING, Map.of(1, "B", 2, "A", 3, "C")));
    }

    @Test
    void rejectsALetterBeyondTheShownChoices() {
        Variant v = Variant.forTrainee(QUIZ, "alice");
        ModelException e = assertThrows(ModelException.class, () -> v.choose(Q1, List.of("E")));
        assertEquals("variant G53ND shows 4 choices for couple-late-text#q1 (A–D), not 'E'",
                e.getMessage());
    }

    @Test
    void lettersRunPastZ() {
        assertEquals("A", Letters.of(1));
        assertEquals("Z", Letters.of(26));
        assertEquals("AA", Letters.of(27));
        assertEquals(27, Letters.place("aa"));
    }
}
