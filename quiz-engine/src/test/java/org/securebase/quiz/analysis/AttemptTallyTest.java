package org.securebase.quiz.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.securebase.quiz.QuizFixtures.START;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.securebase.model.ModelException;
import org.securebase.quiz.QuizFixtures;
import org.securebase.quiz.assembly.Quiz;
import org.securebase.quiz.delivery.ScoredAttempt;
import org.securebase.quiz.scoring.AnswerKey;
import org.securebase.quiz.simulate.Cohort;

class AttemptTallyTest {
    private static final Quiz QUIZ = QuizFixtures.anyQuiz();

    private static List<ScoredAttempt> cohort(int size, long seed, double ability, AnswerKey key) {
        return Cohort.simulate(QUIZ, size, seed, START, ability).attempts().stream().map(a -> a.score(key)).toList();
    }

    private static ItemAnalysis tallied(List<ScoredAttempt> attempts) {
        AttemptTally tally = new AttemptTally();
        attempts.forEach(tally::add);
        assertEquals(attempts.size(), tally.attempts());
        return tally.analysis();
    }

    @Property(tries = 60)
    void givesExactlyTheNumbersOfTheFormerListFormOnRandomCohorts(@ForAll @IntRange(min = 2, max = 90) int size,
            @ForAll long seed, @ForAll @DoubleRange(min = -2, max = 2) double ability,
            @ForAll @IntRange(min = -1, max = 8) int voided) {
        AnswerKey key = AnswerKey.of(QUIZ);
        if (voided >= 0) {
            key = key.withVoided(QUIZ.refs().get(voided));
        }
        List<ScoredAttempt> attempts = cohort(size, seed, ability, key);
        assertEquals(ListForm.analysis(attempts), tallied(attempts));
    }

    @Test
    void countsOptionsOfTheThirdsAsTheListFormDoes() {
        List<ScoredAttempt> attempts = cohort(300, 11L, 0.3, AnswerKey.of(QUIZ));
        ItemAnalysis tallied = tallied(attempts);
        assertEquals(ListForm.analysis(attempts), tallied);
        assertTrue(tallied.questions().stream().anyMatch(q -> q.options().stream().anyMatch(o -> o.top() > 0)),
                "some option is chosen in the top third");
    }

    @Test
    void refusesAttemptsScoredUnderAnotherKey() {
        List<ScoredAttempt> attempts = cohort(3, 5L, 0, AnswerKey.of(QUIZ));
        AttemptTally tally = new AttemptTally();
        tally.add(attempts.get(0));
        ScoredAttempt rekeyed = attempts.get(1).rescore(AnswerKey.of(QUIZ).withVoided(QUIZ.refs().get(0)));
        ModelException e = assertThrows(ModelException.class, () -> tally.add(rekeyed));
        assertTrue(e.getMessage().contains("another answer key"), e.getMessage());
    }

    @Test
    void needsTwoAttempts() {
        AttemptTally tally = new AttemptTally();
        assertThrows(ModelException.class, tally::analysis);
        tally.add(cohort(2, 5L, 0, AnswerKey.of(QUIZ)).get(0));
        assertThrows(ModelException.class, tally::analysis);
    }

    @Test
    void keepsEveryMarkExactlyAlsoPastTheDistinctMarksAByteCanName() {
        AttemptTally.MarkColumn column = new AttemptTally.MarkColumn();
        int rows = 1000;
        column.grow(rows);
        double[] marks = new double[rows];
        for (int k = 0; k < rows; k++) {
            marks[k] = k < 600 ? (k % 7) / 3.0 : k == 600 ? -0.0 : Math.sqrt(k);
            column.set(k, marks[k]);
            if (k == 100) {
                assertTrue(java.util.Arrays.equals(java.util.Arrays.copyOf(marks, 101), column.decode(101)));
            }
        }
        assertTrue(java.util.Arrays.equals(marks, column.decode(rows)), "decoded bit for bit");
    }
}
