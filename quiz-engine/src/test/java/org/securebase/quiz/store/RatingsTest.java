package org.securebase.quiz.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.securebase.quiz.store.StoreFixtures.QUIZ;
import static org.securebase.quiz.store.StoreFixtures.START;
import static org.securebase.quiz.store.StoreFixtures.anyCompletedAttempt;
import static org.securebase.quiz.store.StoreFixtures.anyStore;
import static org.securebase.quiz.store.StoreFixtures.question;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Ratings of open answers are kept per answer and role, replaced in force, and every one audited. */
class RatingsTest {
    @TempDir
    Path dir;

    static StoredRating rating(long attempt, int question, String role, String grader, String levels, String comment) {
        return new StoredRating(attempt, question(question), role, grader, levels, comment, START.plusSeconds(3600));
    }

    @Test
    void aChangedRatingReplacesTheOldOneAndBothStayInTheAudit() {
        try (ResultStore store = anyStore(dir)) {
            long id = store.recordAttempt(anyCompletedAttempt(QUIZ, "t1", 3)).id();
            store.saveRating(rating(id, 0, "first", "Ines", "emotion=2 pace=1", null));
            store.saveRating(rating(id, 0, "first", "Ines", "emotion=3 pace=1", "Names the fear."));
            store.saveRating(rating(id, 0, "second", "Tom", "emotion=3 pace=2", null));
            assertEquals(List.of("first Ines emotion=3 pace=1 Names the fear.", "second Tom emotion=3 pace=2 null"),
                    store.ratingsOf(QUIZ).stream().map(r -> r.role() + " " + r.grader() + " " + r.levels() + " " + r.comment())
                            .toList());
            assertEquals(List.of("1 rated Ines emotion=2 pace=1", "2 changed Ines emotion=3 pace=1", "3 rated Tom emotion=3 pace=2"),
                    store.ratingAuditOf(QUIZ).stream().map(a -> a.id() + " " + a.action() + " " + a.rating().grader() + " "
                            + a.rating().levels()).toList());
        }
    }

    @Test
    void importedRatingsAreSavedAllOrNothing() {
        try (ResultStore store = anyStore(dir)) {
            long id = store.recordAttempt(anyCompletedAttempt(QUIZ, "t1", 2)).id();
            StoreException e = assertThrows(StoreException.class, () -> store.saveRatings(List.of(
                    rating(id, 0, "first", "Ines", "emotion=2", null), rating(id, 4, "first", "Ines", "emotion=2", null)), true));
            assertTrue(e.getMessage().endsWith("has no response to " + question(4) + "; nothing was saved"), e.getMessage());
            assertEquals(List.of(), store.ratingsOf(QUIZ));
            assertEquals(List.of(), store.ratingAuditOf(QUIZ));
            store.saveRatings(List.of(rating(id, 0, "first", "Ines", "emotion=2", null),
                    rating(id, 1, "first", "Ines", "emotion=1", null)), true);
            assertEquals(List.of("imported", "imported"), store.ratingAuditOf(QUIZ).stream().map(RatingAuditRow::action).toList());
        }
    }

    @Test
    void refusesARatingOfAnAttemptInProgress() {
        try (ResultStore store = anyStore(dir)) {
            long id = store.startAttempt(QUIZ, "t1", "K7Q", AttemptSource.TERMINAL, START).id();
            StoreException e = assertThrows(StoreException.class,
                    () -> store.saveRating(rating(id, 0, "first", "Ines", "emotion=2", null)));
            assertTrue(e.getMessage().contains("is not submitted; nothing was saved"), e.getMessage());
        }
    }
}
