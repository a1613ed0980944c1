package org.securebase.quiz.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.securebase.quiz.store.StoreFixtures.QUIZ;
import static org.securebase.quiz.store.StoreFixtures.START;
import static org.securebase.quiz.store.StoreFixtures.anyCompletedAttempt;
import static org.securebase.quiz.store.StoreFixtures.anyQuiz;
import static org.securebase.quiz.store.StoreFixtures.anyResponse;
import static org.securebase.quiz.store.StoreFixtures.anyTrainee;
import static org.securebase.quiz.store.StoreFixtures.question;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.securebase.model.question.QuestionRef;

/**
 * The store's behaviour, whatever database holds it: each subclass runs every test here against
 * its own database ({@link SqliteStoreTest} an SQLite file, {@link PostgresStoreTest} a
 * PostgreSQL server), each test on a fresh, empty store.
 */
abstract class StoreContract {
    /** Where this test's store lives: a new, empty database for each test. */
    abstract StoreLocation location();

    /** Runs a statement on the store's database with plain JDBC, outside the store, to tamper with it. */
    abstract void execute(String sql) throws SQLException;

    /** The first column of the first row a query returns, read outside the store. */
    abstract long count(String sql) throws SQLException;

    /** The store at {@link #location()} with the fixture quiz and trainees {@code t1}, {@code t2}. */
    ResultStore anyStore() {
        ResultStore store = reopen();
        store.saveQuiz(anyQuiz(QUIZ));
        store.saveTrainee(anyTrainee("t1"));
        store.saveTrainee(anyTrainee("t2"));
        return store;
    }

    /** Another store on the same database: what a second process sees. */
    ResultStore reopen() {
        return ResultStore.open(location(), System.getenv());
    }

    @Test
    void reachesTheLatestSchemaVersionAndRecordsEachStep() throws SQLException {
        try (ResultStore store = anyStore()) {
            assertEquals(6, store.schemaVersion());
            assertEquals(ResultStore.latestSchemaVersion(), store.schemaVersion());
            assertTrue(store.integrityCheck().isOk());
        }
        assertEquals(Migrations.SCRIPTS.size(), count("SELECT COUNT(*) FROM schema_version"), "a row per script applied");
        assertEquals(ResultStore.latestSchemaVersion(), count("SELECT MAX(version) FROM schema_version"));
    }

    @Test
    void refusesADatabaseNewerThanTheProgram() throws SQLException {
        try (ResultStore store = anyStore()) {
            store.recordAttempt(anyCompletedAttempt(QUIZ, "t1", 2));
        }
        execute("INSERT INTO schema_version (version, script, applied_at) VALUES (99, 'V99__future.sql',"
                + " '2030-01-01T00:00:00.000Z')");
        StoreException e = assertThrows(StoreException.class, this::reopen);
        assertEquals(StoreException.Kind.INCOMPATIBLE, e.kind());
        assertTrue(e.getMessage().contains("has schema version 99, newer than this SecureBase knows (up to "
                + ResultStore.latestSchemaVersion() + ")"), e.getMessage());
        assertEquals(1, count("SELECT COUNT(*) FROM attempt"), "the refused store is left as it was");
    }

    @Test
    void aCursorReadsTheAttemptsInOrderAndHoldsTheStoreUntilClosed() {
        try (ResultStore store = anyStore()) {
            store.recordAttempt(anyCompletedAttempt(QUIZ, "t2", 3));
            store.recordAttempt(anyCompletedAttempt(QUIZ, "t1", 5));
            store.startAttempt(QUIZ, "t1", "K7Q", AttemptSource.TERMINAL, START);
            List<StoredAttempt> seen = new ArrayList<>();
            try (AttemptCursor cursor = store.attemptCursor(QUIZ)) {
                StoreException busy = assertThrows(StoreException.class, () -> store.trainee("t1"));
                assertEquals(StoreException.Kind.REFUSED, busy.kind());
                while (cursor.hasNext()) {
                    seen.add(cursor.next());
                }
            }
            assertEquals(List.of("t1#1", "t1#2", "t2#1"), seen.stream().map(a -> a.traineeId() + "#" + a.number()).toList());
            assertInstanceOf(OpenAttempt.class, seen.get(1));
            assertEquals(seen, store.attemptsOf(QUIZ), "the store is usable again after the cursor, and reads the same");
        }
    }

    @Test
    void anAttemptLimitHoldsForImportsAndStarts() {
        try (ResultStore store = anyStore()) {
            store.recordAttempts(List.of(anyTrainee("t1")), List.of(anyCompletedAttempt(QUIZ, "t1", 2)), 2);
            store.startAttempt(QUIZ, "t1", "K7Q", AttemptSource.TERMINAL, START, 2);
            assertThrows(AttemptLimitReached.class, () -> store.recordAttempts(List.of(),
                    List.of(anyCompletedAttempt(QUIZ, "t1", 2)), 2));
            assertEquals(2, store.attemptCount(QUIZ, "t1"));
        }
    }

    @Test
    void reopeningAStoreKeepsItsDataAndVersion() {
        try (ResultStore store = anyStore()) {
            store.recordAttempt(anyCompletedAttempt(QUIZ, "t1", 3));
        }
        try (ResultStore again = reopen()) {
            assertEquals(6, again.schemaVersion());
            assertEquals(1, again.attemptsOf(QUIZ).size());
        }
    }

    @Test
    void savingATraineeAgainReplacesTheDetails() {
        try (ResultStore store = anyStore()) {
            store.saveTrainee(new RegisteredTrainee("t1", "Ana Ruiz", null, "PSY-22", " "));
            assertEquals(new RegisteredTrainee("t1", "Ana Ruiz", null, "PSY-22", null), store.trainee("t1").orElseThrow());
            assertEquals(List.of("t1", "t2"), store.trainees().stream().map(RegisteredTrainee::id).toList());
            assertTrue(store.trainee("nobody").isEmpty());
        }
    }

    @Test
    void savingTheSameQuizAgainChangesNothing() {
        try (ResultStore store = anyStore()) {
            store.saveQuiz(anyQuiz(QUIZ));
            assertEquals(anyQuiz(QUIZ), store.quiz(QUIZ).orElseThrow());
        }
    }

    @Test
    void refusesTheSameQuizIdDrawnFromAnotherLibrary() {
        try (ResultStore store = anyStore()) {
            FrozenQuiz q = anyQuiz(QUIZ);
            StoreException e = assertThrows(StoreException.class, () -> store.saveQuiz(new FrozenQuiz(q.id(),
                    q.blueprintId(), q.blueprintVersion(), q.seed(), "sha256:library-2", q.content())));
            assertEquals(StoreException.Kind.REFUSED, e.kind());
            assertTrue(e.getMessage().contains("sha256:library-1"), e.getMessage());
            assertThrows(StoreException.class, () -> store.saveQuiz(new FrozenQuiz(q.id(), q.blueprintId(),
                    q.blueprintVersion(), q.seed() + 1, q.libraryFingerprint(), q.content())));
            assertEquals(q, store.quiz(QUIZ).orElseThrow());
        }
    }

    @Test
    void resumesTheOpenAttemptWithItsLatestResponsesAfterReopening() {
        long id;
        try (ResultStore store = anyStore()) {
            OpenAttempt started = store.startAttempt(QUIZ, "t1", "K7Q", AttemptSource.TERMINAL, START);
            id = started.id();
            assertEquals(1, started.number());
            store.recordResponse(id, anyResponse(0));
            store.recordResponse(id, anyResponse(1));
            store.recordResponse(id, new StoredResponse(question(0), "D", START.plusSeconds(90), true));
        }
        try (ResultStore store = reopen()) {
            OpenAttempt resumed = store.openAttempt("t1", QUIZ).orElseThrow();
            assertEquals(id, resumed.id());
            assertEquals(List.of(new StoredResponse(question(0), "D", START.plusSeconds(90), true), anyResponse(1)),
                    resumed.responses(), "a changed answer keeps its place");
            assertTrue(store.openAttempt("t2", QUIZ).isEmpty());
        }
    }

    @Test
    void timeExtensionsAreKeptPerAttemptAddUpAndSurviveReopening() throws SQLException {
        long id;
        try (ResultStore store = anyStore()) {
            id = store.startAttempt(QUIZ, "t1", "K7Q", AttemptSource.TERMINAL, START).id();
            long other = store.startAttempt(QUIZ, "t2", "K7Q", AttemptSource.TERMINAL, START).id();
            store.recordResponse(id, anyResponse(0));
            assertEquals(new StoredExtension(id, 1, 10, "instructor", START.plusSeconds(60)),
                    store.extendAttempt(id, 10, "instructor", START.plusSeconds(60)));
            assertEquals(2, store.extendAttempt(id, 5, "instructor", START.plusSeconds(120)).number());
            assertEquals(0, ((OpenAttempt) store.attempt(other).orElseThrow()).extraMinutes(), "one trainee's time only");
        }
        try (ResultStore store = reopen()) {
            OpenAttempt resumed = store.openAttempt("t1", QUIZ).orElseThrow();
            assertEquals(15, resumed.extraMinutes());
            assertEquals(List.of(anyResponse(0)), resumed.responses());
            assertEquals(List.of(new StoredExtension(id, 1, 10, "instructor", START.plusSeconds(60)),
                    new StoredExtension(id, 2, 5, "instructor", START.plusSeconds(120))), store.timeExtensions(id));
            MarkedAttempt done = store.submit(id, new Submission(START.plusSeconds(1200), Map.of(question(0), 1.0),
                    StoredScore.of(1, 1, true), true));
            assertEquals(15, done.extraMinutes(), "a submitted attempt keeps the time it was given");
            assertEquals(15, store.attemptsOf(QUIZ).get(0).extraMinutes());
        }
        assertEquals(2, count("SELECT COUNT(*) FROM time_extension WHERE attempt_id = " + id));
        assertEquals(15, count("SELECT extra_minutes FROM attempt WHERE id = " + id));
    }

    @Test
    void refusesToExtendASubmittedOrUnknownAttemptOrByNothing() throws SQLException {
        try (ResultStore store = anyStore()) {
            long id = store.recordAttempt(anyCompletedAttempt(QUIZ, "t1", 2)).id();
            StoreException submitted = assertThrows(StoreException.class,
                    () -> store.extendAttempt(id, 10, "instructor", START.plusSeconds(60)));
            assertTrue(submitted.getMessage().contains("its time can no longer change"), submitted.getMessage());
            assertThrows(StoreException.class, () -> store.extendAttempt(999, 10, "instructor", START));
            long open = store.startAttempt(QUIZ, "t2", "K7Q", AttemptSource.TERMINAL, START).id();
            org.securebase.model.ModelException zero = assertThrows(org.securebase.model.ModelException.class,
                    () -> store.extendAttempt(open, 0, "instructor", START));
            assertTrue(zero.getMessage().contains("at least 1 minute, was 0"), zero.getMessage());
            assertTrue(store.timeExtensions(id).isEmpty());
        }
        assertEquals(0, count("SELECT COUNT(*) FROM time_extension"));
        assertEquals(0, count("SELECT COALESCE(SUM(extra_minutes), 0) FROM attempt"));
    }

    @Test
    void refusesASecondOpenAttemptOfTheSameTraineeAtTheSameQuiz() {
        try (ResultStore store = anyStore()) {
            store.startAttempt(QUIZ, "t1", "K7Q", AttemptSource.TERMINAL, START);
            StoreException e = assertThrows(StoreException.class,
                    () -> store.startAttempt(QUIZ, "t1", "K7Q", AttemptSource.TERMINAL, START.plusSeconds(5)));
            assertTrue(e.getMessage().contains("already has open attempt"), e.getMessage());
            assertEquals(1, store.attemptsOf(QUIZ).size());
        }
    }

    @Test
    void submittingMarksEveryResponseAndClosesTheAttempt() {
        try (ResultStore store = anyStore()) {
            long id = store.startAttempt(QUIZ, "t1", "K7Q", AttemptSource.TERMINAL, START).id();
            store.recordResponse(id, anyResponse(0));
            store.recordResponse(id, anyResponse(1));
            store.recordResponse(id, anyResponse(2));
            StoredScore score = new StoredScore(1.5, 3, 50, false);
            MarkedAttempt done = store.submit(id, new Submission(START.plusSeconds(600),
                    Map.of(question(0), 1.0, question(1), 0.0, question(2), 0.5), score, true));
            assertEquals(List.of(new MarkedResponse(anyResponse(0), 1.0), new MarkedResponse(anyResponse(1), 0.0),
                    new MarkedResponse(anyResponse(2), 0.5)), done.responses());
            assertEquals(score, done.score());
            assertEquals(done, store.attempt(id).orElseThrow());
            assertTrue(store.openAttempt("t1", QUIZ).isEmpty());
            StoreException late = assertThrows(StoreException.class, () -> store.recordResponse(id, anyResponse(3)));
            assertTrue(late.getMessage().contains("can no longer change"), late.getMessage());
            assertEquals(2, store.startAttempt(QUIZ, "t1", "K7Q", AttemptSource.TERMINAL, START).number());
        }
    }

    @Test
    void refusesASubmissionWhoseMarksDoNotMatchTheResponses() {
        try (ResultStore store = anyStore()) {
            long id = store.startAttempt(QUIZ, "t1", "K7Q", AttemptSource.TERMINAL, START).id();
            store.recordResponse(id, anyResponse(0));
            store.recordResponse(id, anyResponse(1));
            Submission missing = new Submission(START.plusSeconds(60), Map.of(question(0), 1.0), StoredScore.of(1, 2, false),
                    true);
            StoreException e = assertThrows(StoreException.class, () -> store.submit(id, missing));
            assertTrue(e.getMessage().contains("no mark for its responses to [vignette-1#q2]"), e.getMessage());
            Submission extra = new Submission(START.plusSeconds(60),
                    Map.of(question(0), 1.0, question(1), 1.0, question(7), 1.0), StoredScore.of(3, 3, true), true);
            assertThrows(StoreException.class, () -> store.submit(id, extra));
            assertInstanceOf(OpenAttempt.class, store.attempt(id).orElseThrow());
            assertTrue(store.integrityCheck().isOk());
        }
    }

    @Test
    void numbersAttemptsPerTraineeAndQuiz() {
        try (ResultStore store = anyStore()) {
            store.saveQuiz(anyQuiz("other-quiz"));
            store.recordAttempt(anyCompletedAttempt(QUIZ, "t2", 2));
            store.recordAttempt(anyCompletedAttempt(QUIZ, "t1", 2));
            store.recordAttempt(anyCompletedAttempt("other-quiz", "t1", 2));
            MarkedAttempt third = store.recordAttempts(List.of(anyCompletedAttempt(QUIZ, "t1", 2),
                    anyCompletedAttempt(QUIZ, "t1", 2))).get(1);
            assertEquals(3, third.number());
            List<StoredAttempt> attempts = store.attemptsOf(QUIZ);
            assertEquals(List.of("t1#1", "t1#2", "t1#3", "t2#1"),
                    attempts.stream().map(a -> a.traineeId() + "#" + a.number()).toList());
            assertEquals(third, attempts.get(2));
            assertEquals(1, store.attemptsOf("other-quiz").get(0).number());
        }
    }

    @Test
    void rescoreChangesMarksAndScoresAndKeepsTheAuditRecord() {
        try (ResultStore store = anyStore()) {
            // marks 1, 0, 1 of 3: 2 points, 66.7 %, failed at a 70 % pass mark
            MarkedAttempt before = store.recordAttempt(new CompletedAttempt(QUIZ, "t1", "K7Q",
                    AttemptSource.TERMINAL, START, START.plusSeconds(300), StoreFixtures.anyMarkedResponses(3),
                    new StoredScore(2, 3, 66.7, false), true));
            // re-keying vignette-1#q2 gives it its point: 3 of 3, passed
            StoredScore after = new StoredScore(3, 3, 100, true);
            QuestionRef rekeyed = question(1);
            RescoreRecord record = store.rescore(new Rescore(QUIZ, rekeyed, RescoreKind.REKEY, "B", "A,B",
                    "two options are defensible", START.plusSeconds(86_400),
                    List.of(new AttemptRescore(before.id(), Map.of(rekeyed, 1.0), after))));
            assertEquals(List.of(new StoredScoreChange(before.id(), new StoredScore(2, 3, 66.7, false), after)), record.changes());
            assertEquals(List.of(record), store.rescoresOf(QUIZ));
            MarkedAttempt now = (MarkedAttempt) store.attempt(before.id()).orElseThrow();
            assertEquals(after, now.score());
            assertEquals(List.of(1.0, 1.0, 1.0), now.responses().stream().map(MarkedResponse::mark).toList());
        }
    }

    @Test
    void rescoreNamingAnOpenAttemptChangesNothing() {
        try (ResultStore store = anyStore()) {
            MarkedAttempt done = store.recordAttempt(anyCompletedAttempt(QUIZ, "t1", 2));
            long open = store.startAttempt(QUIZ, "t2", "K7Q", AttemptSource.TERMINAL, START).id();
            Rescore voiding = new Rescore(QUIZ, question(0), RescoreKind.VOID, "A", null, "ambiguous stem",
                    START.plusSeconds(60), List.of(new AttemptRescore(done.id(), Map.of(question(0), 0.0),
                            StoredScore.of(0, 1, false)), new AttemptRescore(open, Map.of(), StoredScore.of(0, 1, false))));
            StoreException e = assertThrows(StoreException.class, () -> store.rescore(voiding));
            assertTrue(e.getMessage().contains("is not submitted"), e.getMessage());
            assertEquals(done, store.attempt(done.id()).orElseThrow());
            assertTrue(store.rescoresOf(QUIZ).isEmpty());
        }
    }

    @Test
    void certificatesAreFoundByNumberAndCodeAndCanBeRevokedOnce() {
        try (ResultStore store = anyStore()) {
            MarkedAttempt passed = store.recordAttempt(anyCompletedAttempt(QUIZ, "t1", 4));
            StandingCertificate issued = new StandingCertificate("SB-2026-0001", "7KQ2-M9XD", "t1", "ce-attach-2026",
                    QUIZ, passed.id(), START.plusSeconds(3600), "name=Trainee t1\nhours=6", "sig:abc");
            store.recordCertificate(issued);
            assertEquals(issued, store.certificate("SB-2026-0001").orElseThrow());
            assertEquals(issued, store.certificateByCode("7KQ2-M9XD").orElseThrow());
            RevokedCertificate revoked = store.revokeCertificate("SB-2026-0001", "issued in error",
                    START.plusSeconds(7200));
            assertEquals(revoked, store.certificateByCode("7KQ2-M9XD").orElseThrow());
            assertThrows(StoreException.class,
                    () -> store.revokeCertificate("SB-2026-0001", "again", START.plusSeconds(9000)));
            assertTrue(store.certificate("SB-2026-0002").isEmpty());
        }
    }

    @Test
    void refusesACertificateForAnotherTraineesAttempt() {
        try (ResultStore store = anyStore()) {
            MarkedAttempt ofT1 = store.recordAttempt(anyCompletedAttempt(QUIZ, "t1", 4));
            StandingCertificate wrong = new StandingCertificate("SB-2026-0001", "7KQ2-M9XD", "t2", "ce-attach-2026",
                    QUIZ, ofT1.id(), START, "name=Trainee t2", "sig:abc");
            StoreException e = assertThrows(StoreException.class, () -> store.recordCertificate(wrong));
            assertTrue(e.getMessage().contains("not a submitted attempt of trainee t2"), e.getMessage());
            assertTrue(store.certificate("SB-2026-0001").isEmpty());
        }
    }

    /** An attempt whose open answer is not graded yet: 3 of 4 points so far, neither passed nor failed. */
    static CompletedAttempt awaitingAttempt(String traineeId) {
        CompletedAttempt a = anyCompletedAttempt(QUIZ, traineeId, 4);
        return new CompletedAttempt(a.quizId(), a.traineeId(), a.variantCode(), a.source(), a.startedAt(),
                a.submittedAt(), a.responses(), StoredScore.awaiting(3, 4), a.counted());
    }

    @Test
    void anAttemptAwaitingGradingIsStoredNeitherPassedNorFailed() throws SQLException {
        try (ResultStore store = anyStore()) {
            long id = store.recordAttempt(awaitingAttempt("t1")).id();
            MarkedAttempt read = (MarkedAttempt) store.attempt(id).orElseThrow();
            assertEquals(StoredScore.awaiting(3, 4), read.score());
            assertEquals("pending", read.score().verdict());
            assertEquals(1, count("SELECT COUNT(*) FROM attempt WHERE awaiting_grading = TRUE AND passed = FALSE"));
            assertThrows(SQLException.class, () -> execute("UPDATE attempt SET passed = TRUE WHERE id = " + id),
                    "the schema refuses an attempt both awaiting grading and passed");
        }
    }

    @Test
    void ratingsAndTheScoreTheySettleAreSavedTogether() {
        try (ResultStore store = anyStore()) {
            long id = store.recordAttempt(awaitingAttempt("t1")).id();
            StoredRating rating = new StoredRating(id, question(3), "first", "Ines", "emotion=3 pace=2", "Stay with it.",
                    START.plusSeconds(3600));
            store.saveRatings(List.of(rating), false, List.of(new AttemptRescore(id, Map.of(question(3), 1.0),
                    StoredScore.of(4, 4, true))));
            MarkedAttempt read = (MarkedAttempt) store.attempt(id).orElseThrow();
            assertEquals(StoredScore.of(4, 4, true), read.score());
            assertEquals(1.0, read.responses().get(3).mark());
            assertEquals(List.of(rating), store.ratingsOf(QUIZ));
            assertEquals(List.of("rated"), store.ratingAuditOf(QUIZ).stream().map(RatingAuditRow::action).toList());
        }
    }

    @Test
    void aSettledScoreThatDoesNotFitSavesNoRating() {
        try (ResultStore store = anyStore()) {
            long id = store.recordAttempt(awaitingAttempt("t1")).id();
            StoredRating rating = new StoredRating(id, question(3), "first", "Ines", "emotion=3 pace=2", null,
                    START.plusSeconds(3600));
            StoreException e = assertThrows(StoreException.class, () -> store.saveRatings(List.of(rating), false,
                    List.of(new AttemptRescore(id, Map.of(question(7), 1.0), StoredScore.of(4, 4, true)))));
            assertTrue(e.getMessage().endsWith("has no response to " + question(7) + "; nothing was saved"), e.getMessage());
            assertEquals(List.of(), store.ratingsOf(QUIZ));
            assertEquals(StoredScore.awaiting(3, 4), ((MarkedAttempt) store.attempt(id).orElseThrow()).score());
        }
    }

    @Test
    void aTraineeRecordHoldsTheirAttemptsCertificatesAndOnlyTheirRescoreChanges() {
        try (ResultStore store = anyStore()) {
            MarkedAttempt first = store.recordAttempt(anyCompletedAttempt(QUIZ, "t1", 3));
            MarkedAttempt other = store.recordAttempt(anyCompletedAttempt(QUIZ, "t2", 3));
            long open = store.startAttempt(QUIZ, "t1", "K7Q", AttemptSource.TERMINAL, START.plusSeconds(900)).id();
            StandingCertificate issued = new StandingCertificate("SB-2026-0001", "7KQ2-M9XD", "t1", "ce-attach-2026",
                    QUIZ, first.id(), START.plusSeconds(3600), "name=Trainee t1\nhours=6", "sig:abc");
            store.recordCertificate(issued);
            StoredScore after = new StoredScore(3, 3, 100, true);
            store.rescore(new Rescore(QUIZ, question(1), RescoreKind.VOID, "B", null, "flawed",
                    START.plusSeconds(86_400), List.of(new AttemptRescore(first.id(), Map.of(question(1), 1.0), after),
                            new AttemptRescore(other.id(), Map.of(question(1), 1.0), after))));
            TraineeRecord record = store.traineeRecord("t1").orElseThrow();
            assertEquals(anyTrainee("t1"), record.trainee());
            assertEquals(List.of(first.id(), open), record.attempts().stream().map(StoredAttempt::id).toList());
            assertEquals(List.of(issued), record.certificates());
            assertEquals(1, record.rescores().size());
            assertEquals(List.of(first.id()), record.rescores().get(0).changes().stream()
                    .map(StoredScoreChange::attemptId).toList());
            assertTrue(store.traineeRecord("nobody").isEmpty());
        }
    }

    @Test
    void erasingATraineeLeavesNoPersonalDataAndKeepsEveryMark() throws SQLException {
        try (ResultStore store = anyStore()) {
            MarkedAttempt first = store.recordAttempt(anyCompletedAttempt(QUIZ, "t1", 4));
            store.recordAttempt(anyCompletedAttempt(QUIZ, "t2", 4));
            store.recordCertificate(new StandingCertificate("SB-2026-0001", "7KQ2-M9XD", "t1", "ce-attach-2026",
                    QUIZ, first.id(), START.plusSeconds(3600), "name=Trainee t1\nlicence=LMFT-t1", "sig:abc"));
            Map<QuestionRef, List<Double>> marksBefore = marksByQuestion(store);

            Erasure erasure = StoreFixtures.erase(store, "t1", "request of 2026-04-01", START.plusSeconds(90_000));

            assertEquals(1, erasure.attempts());
            assertEquals(1, erasure.certificates());
            assertEquals(marksBefore, marksByQuestion(store));
            assertTrue(store.trainee("t1").isEmpty());
            assertEquals(erasure, store.erasure(erasure.pseudonym()).orElseThrow());
            Certificate kept = store.certificateByCode("7KQ2-M9XD").orElseThrow();
            assertEquals(erasure.pseudonym(), ((StandingCertificate) kept).traineeId());
            assertEquals(Erasures.ERASED, ((StandingCertificate) kept).fields());
            assertEquals(erasure.pseudonym(), store.attempt(first.id()).orElseThrow().traineeId());
        }
        for (String column : List.of("id", "name", "email", "licence_number")) {
            assertEquals(0, count("SELECT COUNT(*) FROM trainee WHERE " + column + " LIKE '%t1%'"), column);
        }
        assertEquals(0, count("SELECT COUNT(*) FROM attempt WHERE trainee_id = 't1'"));
        assertEquals(0, count("SELECT COUNT(*) FROM certificate WHERE trainee_id = 't1' OR fields LIKE '%t1%'"));
        assertEquals(1, count("SELECT COUNT(*) FROM erasure"));
    }

    @Test
    void erasingAnUnknownOrAlreadyErasedTraineeIsRefusedAndChangesNothing() throws SQLException {
        try (ResultStore store = anyStore()) {
            StoreException unknown = assertThrows(StoreException.class,
                    () -> StoreFixtures.erase(store, "nobody", "request", START));
            assertTrue(unknown.getMessage().contains("unknown trainee 'nobody'"), unknown.getMessage());
            Erasure erasure = StoreFixtures.erase(store, "t2", "request", START);
            StoreException again = assertThrows(StoreException.class,
                    () -> StoreFixtures.erase(store, erasure.pseudonym(), "request", START));
            assertTrue(again.getMessage().contains("already erased"), again.getMessage());
        }
        assertEquals(1, count("SELECT COUNT(*) FROM erasure"));
        assertEquals(2, count("SELECT COUNT(*) FROM trainee"));
    }

    @Test
    void erasingGivesEachAttemptTheVariantCodeNamedAndRefusesCodesForOtherAttempts() {
        try (ResultStore store = anyStore()) {
            MarkedAttempt first = store.recordAttempt(anyCompletedAttempt(QUIZ, "t1", 2));
            MarkedAttempt other = store.recordAttempt(anyCompletedAttempt(QUIZ, "t2", 2));
            StoreException wrong = assertThrows(StoreException.class, () -> store.erase("t1", ResultStore.newPseudonym(),
                    Map.of(other.id(), "ZZZZZ"), "request", START));
            assertTrue(wrong.getMessage().contains("run the erasure again"), wrong.getMessage());
            assertTrue(store.trainee("t1").isPresent());
            Erasure erasure = store.erase("t1", "erased-0123456789abcdef", Map.of(first.id(), "P4SEU"), "request", START);
            assertEquals("erased-0123456789abcdef", erasure.pseudonym());
            assertEquals("P4SEU", store.attempt(first.id()).orElseThrow().variantCode());
            assertEquals("K7Q", store.attempt(other.id()).orElseThrow().variantCode());
        }
    }

    @Test
    void inactiveTraineesAreThoseWithNothingSinceTheCutOffErasedOnesLeftOut() {
        try (ResultStore store = anyStore()) {
            store.saveTrainee(anyTrainee("t3"));
            store.recordAttempt(anyCompletedAttempt(QUIZ, "t1", 2));
            store.startAttempt(QUIZ, "t2", "K7Q", AttemptSource.TERMINAL, START.plusSeconds(86_400 * 30));
            List<InactiveTrainee> inactive = store.inactiveSince(START.plusSeconds(86_400));
            assertEquals(List.of("t1", "t3"), inactive.stream().map(InactiveTrainee::traineeId).toList());
            assertEquals(START.plusSeconds(90), inactive.get(0).lastActivity());
            assertEquals(null, inactive.get(1).lastActivity());
            StoreFixtures.erase(store, "t3", "retention", START);
            assertEquals(List.of("t1"), store.inactiveSince(START.plusSeconds(86_400)).stream()
                    .map(InactiveTrainee::traineeId).toList());
        }
    }

    /** Every stored mark by question, the trainees' ids left out: what item statistics are computed from. */
    private static Map<QuestionRef, List<Double>> marksByQuestion(ResultStore store) {
        Map<QuestionRef, List<Double>> out = new java.util.TreeMap<>();
        for (StoredAttempt a : store.attemptsOf(QUIZ)) {
            for (MarkedResponse r : ((MarkedAttempt) a).responses()) {
                out.computeIfAbsent(r.response().question(), q -> new ArrayList<>()).add(r.mark());
            }
        }
        out.values().forEach(java.util.Collections::sort);
        return out;
    }

    @Test
    void aClosedStoreRefusesUse() {
        ResultStore store = anyStore();
        store.close();
        store.close();
        StoreException e = assertThrows(StoreException.class, () -> store.trainee("t1"));
        assertTrue(e.getMessage().contains("is closed"), e.getMessage());
        assertFalse(e.kind() == StoreException.Kind.REFUSED);
    }
}
