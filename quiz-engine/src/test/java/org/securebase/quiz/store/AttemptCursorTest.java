package org.securebase.quiz.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.securebase.quiz.store.StoreFixtures.QUIZ;
import static org.securebase.quiz.store.StoreFixtures.START;
import static org.securebase.quiz.store.StoreFixtures.anyCompletedAttempt;
import static org.securebase.quiz.store.StoreFixtures.anyQuiz;
import static org.securebase.quiz.store.StoreFixtures.anyResponse;
import static org.securebase.quiz.store.StoreFixtures.anyStore;
import static org.securebase.quiz.store.StoreFixtures.anyTrainee;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AttemptCursorTest {
    @TempDir
    Path dir;

    /** Attempts of three trainees at two quizzes, recorded out of trainee order, with open ones. */
    private static ResultStore mixedStore(Path dir) {
        ResultStore store = anyStore(dir);
        store.saveQuiz(anyQuiz("other-quiz"));
        store.saveTrainee(anyTrainee("t0"));
        store.recordAttempt(anyCompletedAttempt(QUIZ, "t2", 3));
        store.recordAttempt(anyCompletedAttempt(QUIZ, "t1", 5));
        store.recordAttempt(anyCompletedAttempt("other-quiz", "t1", 2));
        store.recordAttempt(anyCompletedAttempt(QUIZ, "t1", 1));
        OpenAttempt answering = store.startAttempt(QUIZ, "t0", "K7Q", AttemptSource.TERMINAL, START);
        store.recordResponse(answering.id(), anyResponse(3));
        store.recordResponse(answering.id(), anyResponse(0));
        store.startAttempt(QUIZ, "t2", "K7Q", AttemptSource.TERMINAL, START);
        return store;
    }

    @Test
    void readsTheSameAttemptsAsAttemptsOfOneAtATimeByTraineeAndNumber() {
        try (ResultStore store = mixedStore(dir)) {
            List<StoredAttempt> read = new ArrayList<>();
            store.forEachAttemptOf(QUIZ, read::add);
            assertEquals(store.attemptsOf(QUIZ), read);
            assertEquals(List.of("t0#1", "t1#1", "t1#2", "t2#1", "t2#2"),
                    read.stream().map(a -> a.traineeId() + "#" + a.number()).toList());
            assertEquals(List.of(anyResponse(3), anyResponse(0)), ((OpenAttempt) read.get(0)).responses());
            assertEquals(List.of(), ((OpenAttempt) read.get(4)).responses(), "an open attempt without responses");
            assertEquals(5, ((MarkedAttempt) read.get(1)).responses().size());
        }
    }

    @Test
    void readsNothingForAQuizWithoutAttempts() {
        try (ResultStore store = anyStore(dir); AttemptCursor attempts = store.attemptCursor("no-such-quiz")) {
            assertFalse(attempts.hasNext());
            assertThrows(NoSuchElementException.class, attempts::next);
        }
    }

    @Test
    void refusesOtherCallsWhileOpenAndServesAgainOnceClosed() {
        try (ResultStore store = mixedStore(dir)) {
            try (AttemptCursor attempts = store.attemptCursor(QUIZ)) {
                attempts.next();
                StoreException e = assertThrows(StoreException.class, store::trainees);
                assertEquals(StoreException.Kind.REFUSED, e.kind());
                assertTrue(e.getMessage().contains("close that cursor"), e.getMessage());
            }
            assertEquals(3, store.trainees().size());
            store.recordAttempt(anyCompletedAttempt(QUIZ, "t0", 1));
            assertEquals(6, store.attemptsOf(QUIZ).size());
        }
    }

    @Test
    void handingOutTheLastAttemptEndsTheRead() {
        try (ResultStore store = mixedStore(dir)) {
            AttemptCursor attempts = store.attemptCursor("other-quiz");
            attempts.next();
            assertFalse(attempts.hasNext());
            assertEquals(3, store.trainees().size());
        }
    }

    @Test
    void closingTheStoreClosesAnOpenCursor() {
        ResultStore store = mixedStore(dir);
        AttemptCursor attempts = store.attemptCursor(QUIZ);
        attempts.next();
        store.close();
        assertFalse(attempts.hasNext());
        attempts.close();
        try (ResultStore again = ResultStore.open(dir.resolve("results.db"))) {
            assertEquals(5, again.attemptsOf(QUIZ).size());
        }
    }
}
