package org.securebase.quiz.results;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.securebase.quiz.QuizFixtures.ref;

import java.util.List;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.securebase.model.question.Question;
import org.securebase.model.question.QuestionRef;
import org.securebase.quiz.QuizFixtures;
import org.securebase.quiz.assembly.Quiz;
import org.securebase.quiz.scoring.Answer;
import org.securebase.quiz.scoring.InvalidAnswerException;
import org.securebase.quiz.variant.Variant;

class NotationTest {
    private static final Quiz QUIZ = QuizFixtures.anyQuiz();
    private static final Variant ANA = Variant.forTrainee(QUIZ, "ana");

    private static Answer read(String text, String ref) {
        QuestionRef r = ref(ref);
        return Notation.read(text, QUIZ.question(r).question(), r, ANA);
    }

    private static String letter(String ref, int written) {
        return ANA.letterOf(ref(ref), written);
    }

    @Test
    void aLetterOrItsNumberNamesTheOptionShownUnderIt() {
        String q = "couple-sunday-dinner#q1";
        for (int written = 1; written <= ANA.arrangement(ref(q)).size(); written++) {
            String l = letter(q, written);
            assertEquals(Answer.Choice.of(written), read(l.toLowerCase(java.util.Locale.ROOT), q));
            assertEquals(Answer.Choice.of(written), read(String.valueOf(l.charAt(0) - 'A' + 1), q));
        }
    }

    @Test
    void anOrderIsReadFirstToLastInLettersSpacedOrRunTogether() {
        String q = "couple-late-text#q3";
        String spaced = String.join(" ", List.of(letter(q, 1), letter(q, 2), letter(q, 3), letter(q, 4)));
        assertEquals(Answer.Order.of(1, 2, 3, 4), read(spaced, q));
        assertEquals(Answer.Order.of(1, 2, 3, 4), read(spaced.replace(" ", ""), q));
        InvalidAnswerException e = assertThrows(InvalidAnswerException.class, () -> read("A B", q));
        assertTrue(e.getMessage().contains("every item A–D"), e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"1=%s 2=%s 3=%s", "1%s 2%s 3%s", "1%s,2%s,3%s", "1 = %s  2:%s 3-%s"})
    void matchesAreReadInEveryWrittenForm(String form) {
        String q = "couple-late-text#q4";
        String text = String.format(form, letter(q, 2), letter(q, 1), letter(q, 3));
        assertEquals(new Answer.Match(Map.of(1, 2, 2, 1, 3, 3)), read(text, q));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "Z", "9", "A A", "A B", "?", "B)"})
    void aBadSingleChoiceAnswerSaysHowToAnswer(String text) {
        InvalidAnswerException e = assertThrows(InvalidAnswerException.class, () -> read(text, "couple-sunday-dinner#q1"));
        assertTrue(e.getMessage().contains("answer with one letter"), e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"1=A 1=B", "1=A 2=A", "4=A", "1=Z", "A=1", "1=A junk"})
    void aBadMatchSaysHowToMatch(String text) {
        InvalidAnswerException e = assertThrows(InvalidAnswerException.class, () -> read(text, "couple-late-text#q4"));
        assertTrue(e.getMessage().contains("1=B 2=A 3=C"), e.getMessage());
    }

    @Property
    void writingThenReadingGivesTheSameAnswer(@ForAll @IntRange(min = 1, max = 500) int handout) {
        Variant v = Variant.forHandout(QUIZ, handout);
        QuizFixtures.workedExampleAnswers(QUIZ).forEach((r, a) -> {
            Question q = QUIZ.question(r).question();
            assertEquals(a, Notation.read(Notation.write(a, r, v), q, r, v));
        });
    }
}
