package org.securebase.quiz.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.securebase.quiz.store.StoreFixtures.QUIZ;
import static org.securebase.quiz.store.StoreFixtures.START;
import static org.securebase.quiz.store.StoreFixtures.anyCompletedAttempt;
import static org.securebase.quiz.store.StoreFixtures.anyStore;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bad input is refused with a clear message and leaves the store whole and unchanged. */
class FailurePathsTest {
    @TempDir
    Path dir;

    private Path file() {
        return dir.resolve("results.db");
    }

    @AfterEach
    void storeIsStillSound() throws Exception {
        if (Files.size(file()) > 0 && new String(Files.readAllBytes(file()), 0, 15, StandardCharsets.US_ASCII)
                .equals("SQLite format 3")) {
            assertEquals("ok", StoreFixtures.integrity(file()));
        }
    }

    @Test
    void refusesAnAttemptOfAnUnknownTrainee() throws Exception {
        try (ResultStore store = anyStore(dir)) {
            StoreException e = assertThrows(StoreException.class,
                    () -> store.recordAttempt(anyCompletedAttempt(QUIZ, "t9", 3)));
            assertEquals(StoreException.Kind.REFUSED, e.kind());
            assertTrue(e.getMessage().contains("unknown trainee 't9'"), e.getMessage());
            assertThrows(StoreException.class,
                    () -> store.startAttempt(QUIZ, "t9", "K7Q", AttemptSource.TERMINAL, START));
        }
        assertEquals(0, StoreFixtures.count(file(), "SELECT COUNT(*) FROM attempt"));
        assertEquals(0, StoreFixtures.count(file(), "SELECT COUNT(*) FROM response"));
    }

    @Test
    void refusesAnAttemptAtAnUnknownQuiz() throws Exception {
        try (ResultStore store = anyStore(dir)) {
            StoreException e = assertThrows(StoreException.class,
                    () -> store.startAttempt("no-such-quiz", "t1", "K7Q", AttemptSource.TERMINAL, START));
            assertTrue(e.getMessage().contains("unknown quiz 'no-such-quiz'"), e.getMessage());
            assertThrows(StoreException.class, () -> store.recordAttempt(anyCompletedAttempt("no-such-quiz", "t1", 3)));
        }
        assertEquals(0, StoreFixtures.count(file(), "SELECT COUNT(*) FROM attempt"));
    }

    @Test
    void refusesADuplicateCertificateNumberOrLookupCode() throws Exception {
        try (ResultStore store = anyStore(dir)) {
            long attempt = store.recordAttempt(anyCompletedAttempt(QUIZ, "t1", 2)).id();
            StandingCertificate first = new StandingCertificate("SB-1", "CODE-1", "t1", "ce-1", QUIZ, attempt, START,
                    "name=t1", "sig:1");
            store.recordCertificate(first);
            StoreException number = assertThrows(StoreException.class, () -> store.recordCertificate(
                    new StandingCertificate("SB-1", "CODE-2", "t1", "ce-1", QUIZ, attempt, START, "name=t1", "sig:2")));
            assertTrue(number.getMessage().contains("certificate number SB-1 is already issued"), number.getMessage());
            StoreException code = assertThrows(StoreException.class, () -> store.recordCertificate(
                    new StandingCertificate("SB-2", "CODE-1", "t1", "ce-1", QUIZ, attempt, START, "name=t1", "sig:2")));
            assertTrue(code.getMessage().contains("lookup code CODE-1"), code.getMessage());
            assertEquals(first, store.certificateByCode("CODE-1").orElseThrow());
        }
        assertEquals(1, StoreFixtures.count(file(), "SELECT COUNT(*) FROM certificate"));
    }

    @Test
    void anImportWithOneBadRowLeavesNothingBehind() throws Exception {
        try (ResultStore store = anyStore(dir)) {
            List<CompletedAttempt> batch = List.of(anyCompletedAttempt(QUIZ, "t1", 4),
                    anyCompletedAttempt(QUIZ, "t2", 4), anyCompletedAttempt(QUIZ, "t-unknown", 4));
            StoreException e = assertThrows(StoreException.class, () -> store.recordAttempts(batch));
            assertTrue(e.getMessage().startsWith("row 3 of 3: unknown trainee 't-unknown'"), e.getMessage());
            assertEquals(List.of(), store.attemptsOf(QUIZ));
            assertEquals(0, StoreFixtures.count(file(), "SELECT COUNT(*) FROM response"));

            store.saveTrainee(StoreFixtures.anyTrainee("t-unknown"));
            assertEquals(3, store.recordAttempts(batch).size());
        }
        assertEquals(12, StoreFixtures.count(file(), "SELECT COUNT(*) FROM response"));
    }

    @Test
    void refusesAStoreWithANewerSchemaVersion() throws Exception {
        anyStore(dir).close();
        try (Connection c = StoreFixtures.raw(file()); Statement s = c.createStatement()) {
            s.executeUpdate("INSERT INTO schema_version (version, script, applied_at)"
                    + " VALUES (7, 'V7__future.sql', '2027-01-01T00:00:00.000Z')");
        }
        StoreException e = assertThrows(StoreException.class, () -> ResultStore.open(file()));
        assertEquals(StoreException.Kind.INCOMPATIBLE, e.kind());
        assertTrue(e.getMessage().contains("has schema version 7, newer than this SecureBase knows (up to 2)"),
                e.getMessage());
        assertEquals(7, StoreFixtures.count(file(), "SELECT MAX(version) FROM schema_version"));
    }

    @Test
    void aFileThatIsNotADatabaseGetsAClearMessageAndStaysUntouched() throws Exception {
        byte[] text = "trainee,score\nt1,8\nt2,9\n".repeat(40).getBytes(StandardCharsets.UTF_8);
        Files.write(file(), text);
        StoreException e = assertThrows(StoreException.class, () -> ResultStore.open(file()));
        assertEquals(StoreException.Kind.INCOMPATIBLE, e.kind());
        assertEquals(file() + " is not a SecureBase result store: SQLite says the file is not a database."
                + " Choose another store file, or restore this one from a backup.", e.getMessage());
        assertArrayEquals(text, Files.readAllBytes(file()));
    }

    @Test
    void refusesAnSqliteDatabaseOfAnotherProgram() throws Exception {
        try (Connection c = StoreFixtures.raw(file()); Statement s = c.createStatement()) {
            s.executeUpdate("CREATE TABLE contacts (name TEXT)");
        }
        StoreException e = assertThrows(StoreException.class, () -> ResultStore.open(file()));
        assertTrue(e.getMessage().contains("is an SQLite database but not a SecureBase result store"), e.getMessage());
        assertEquals(0, StoreFixtures.count(file(), "SELECT COUNT(*) FROM sqlite_master WHERE name = 'schema_version'"));
    }
}
