package org.securebase.quiz.delivery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.securebase.quiz.QuizFixtures.START;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.securebase.model.ModelException;
import org.securebase.quiz.QuizFixtures;
import org.securebase.quiz.assembly.Quiz;

class AttemptIdTest {
    private static final Quiz QUIZ = QuizFixtures.anyQuiz();

    @ParameterizedTest
    @ValueSource(longs = {0, -1, Long.MIN_VALUE})
    void refusesAnIdBelowOne(long value) {
        ModelException e = assertThrows(ModelException.class, () -> AttemptId.of(value));
        assertTrue(e.getMessage().contains("was " + value), e.getMessage());
    }

    @Test
    void showsAsTheStoresNumber() {
        assertEquals("42", AttemptId.of(42).toString());
        assertEquals("42", InProgressAttempt.start(Optional.of(AttemptId.of(42)), QUIZ, "ana", 1, START).header().label());
    }

    @Test
    void anAttemptNotStoredHasNoIdAndIsNamedByTraineeAndNumber() {
        AttemptHeader header = InProgressAttempt.start(Optional.empty(), QUIZ, "ana", 2, START).header();
        assertTrue(header.attemptId().isEmpty());
        assertEquals("ana#2", header.label());
        ModelException e = assertThrows(ModelException.class, header::storedId);
        assertEquals("attempt ana#2 is not a stored attempt", e.getMessage());
    }
}
