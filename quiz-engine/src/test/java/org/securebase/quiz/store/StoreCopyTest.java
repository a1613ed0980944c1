package org.securebase.quiz.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.securebase.quiz.store.StoreFixtures.QUIZ;
import static org.securebase.quiz.store.StoreFixtures.START;
import static org.securebase.quiz.store.StoreFixtures.anyCompletedAttempt;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code db copy}'s engine: a file store to PostgreSQL and back, every table verified. */
class StoreCopyTest {
    @TempDir
    Path dir;

    private StoreLocation fileWithResults() {
        StoreLocation file = new StoreLocation.Embedded(dir.resolve("laptop.db"));
        try (ResultStore store = ResultStore.open(file, Map.of())) {
            store.saveQuiz(StoreFixtures.anyQuiz(QUIZ));
            store.saveTrainee(new RegisteredTrainee("t1", "Ana Ruiz", "ana@example.org", null, null));
            store.saveTrainee(StoreFixtures.anyTrainee("t2"));
            MarkedAttempt a = store.recordAttempt(anyCompletedAttempt(QUIZ, "t1", 4));
            store.recordAttempt(anyCompletedAttempt(QUIZ, "t2", 3));
            long open = store.startAttempt(QUIZ, "t2", "K7Q", AttemptSource.TERMINAL, START).id();
            store.extendAttempt(open, 10, "instructor", START.plusSeconds(30));
            store.rescore(new Rescore(QUIZ, StoreFixtures.question(0), RescoreKind.VOID, "A", null, "ambiguous",
                    START.plusSeconds(60), List.of(new AttemptRescore(a.id(), Map.of(StoreFixtures.question(0), 0.0),
                            StoredScore.of(0.5, 4, false)))));
            store.recordCertificate(new StandingCertificate("SB-1", "7KQ2-M9XD", "t1", "course", QUIZ, a.id(), START,
                    "name=Ana Ruiz", "sig:abc"));
            store.revokeCertificate("SB-1", "issued in error", START.plusSeconds(90));
            store.saveRating(new StoredRating(a.id(), StoreFixtures.question(1), "first", "Ines", "emotion=2 pace=1",
                    "Stay with it.", START.plusSeconds(120)));
            store.saveRating(new StoredRating(a.id(), StoreFixtures.question(1), "first", "Ines", "emotion=2 pace=2",
                    null, START.plusSeconds(150)));
            store.saveTrainee(StoreFixtures.anyTrainee("t3"));
            StoreFixtures.erase(store, "t3", "erased at their request", START.plusSeconds(120));
        }
        return file;
    }

    @Test
    void aFileStoreGoesToPostgresqlAndBackWithEqualRowsAndDigests() {
        StoreLocation file = fileWithResults();
        StoreLocation server = TestPostgres.shared().freshDatabase();
        List<StoreCopy.CopiedTable> up = StoreCopy.copy(file, server, System.getenv());
        assertEquals(List.of("trainee", "quiz", "attempt", "time_extension", "response", "rescore", "rescore_attempt",
                "certificate", "rating", "rating_audit", "erasure"), up.stream().map(StoreCopy.CopiedTable::table).toList());
        assertEquals(List.of(3L, 1L, 3L, 1L, 7L, 1L, 1L, 1L, 1L, 2L, 1L),
                up.stream().map(StoreCopy.CopiedTable::rows).toList());
        List<StoreCopy.CopiedTable> down = StoreCopy.copy(server, new StoreLocation.Embedded(dir.resolve("archive.db")),
                System.getenv());
        assertEquals(up, down);
        try (ResultStore copy = ResultStore.open(server, System.getenv());
                ResultStore original = ResultStore.open(file, Map.of())) {
            assertEquals(original.attemptsOf(QUIZ), copy.attemptsOf(QUIZ));
            long open = original.openAttempt("t2", QUIZ).orElseThrow().id();
            assertEquals(original.timeExtensions(open), copy.timeExtensions(open));
            assertEquals(original.rescoresOf(QUIZ), copy.rescoresOf(QUIZ));
            assertEquals(original.certificate("SB-1"), copy.certificate("SB-1"));
            assertEquals(original.trainees(), copy.trainees());
            assertEquals(original.ratingAuditOf(QUIZ), copy.ratingAuditOf(QUIZ));
            assertTrue(copy.health().isSound());
        }
    }

    @Test
    void refusesATargetThatHoldsResultsAndChangesNothing() {
        StoreLocation file = fileWithResults();
        StoreLocation other = new StoreLocation.Embedded(dir.resolve("other.db"));
        try (ResultStore store = ResultStore.open(other, Map.of())) {
            store.saveTrainee(StoreFixtures.anyTrainee("someone"));
        }
        StoreException e = assertThrows(StoreException.class, () -> StoreCopy.copy(file, other, Map.of()));
        assertTrue(e.getMessage().contains("already holds 1 row of results"), e.getMessage());
        try (ResultStore store = ResultStore.open(other, Map.of())) {
            assertEquals(1, store.trainees().size());
        }
        assertThrows(StoreException.class, () -> StoreCopy.copy(file, file, Map.of()));
    }
}
