package org.securebase.quiz.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.securebase.quiz.store.StoreFixtures.QUIZ;
import static org.securebase.quiz.store.StoreFixtures.anyCompletedAttempt;
import static org.securebase.quiz.store.StoreFixtures.anyTrainee;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The store contract on an SQLite file, and what only a file has: its permissions and its backup. */
class SqliteStoreTest extends StoreContract {
    @TempDir
    Path dir;

    @Override
    StoreLocation location() {
        return new StoreLocation.Embedded(dir.resolve("results.db"));
    }

    @Override
    void execute(String sql) throws SQLException {
        try (Connection c = StoreFixtures.raw(dir.resolve("results.db")); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    @Override
    long count(String sql) throws SQLException {
        return StoreFixtures.count(dir.resolve("results.db"), sql);
    }

    @Test
    void createsOwnerOnlyStoreAtTheLatestSchemaVersion() throws Exception {
        Path file = dir.resolve("nested/results.db");
        try (ResultStore store = ResultStore.open(file)) {
            assertEquals(4, store.schemaVersion());
            assertEquals(ResultStore.latestSchemaVersion(), store.schemaVersion());
            store.saveTrainee(anyTrainee("t1"));
            if (Sqlite.posix(file)) {
                assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
                Path wal = dir.resolve("nested/results.db-wal");
                assertTrue(Files.exists(wal), "WAL file while the store is open");
                assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(wal)));
            }
            assertTrue(store.integrityCheck().isOk());
        }
        assertEquals(4, StoreFixtures.count(file, "SELECT MAX(version) FROM schema_version"));
    }

    @Test
    void backupCopiesTheStoreWhileAnotherConnectionWrites() throws Exception {
        Path backup = dir.resolve("backups/results-copy.db");
        try (ResultStore store = anyStore(); ResultStore other = reopen()) {
            other.recordAttempt(anyCompletedAttempt(QUIZ, "t1", 5));
            store.backup(backup);
            other.recordAttempt(anyCompletedAttempt(QUIZ, "t2", 5));
            StoreException exists = assertThrows(StoreException.class, () -> store.backup(backup));
            assertTrue(exists.getMessage().contains("already exists"), exists.getMessage());
        }
        if (Sqlite.posix(backup)) {
            assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(backup)));
        }
        try (ResultStore copy = ResultStore.open(backup)) {
            assertTrue(copy.integrityCheck().isOk());
            assertEquals(1, copy.attemptsOf(QUIZ).size());
            assertEquals(5, ((MarkedAttempt) copy.attemptsOf(QUIZ).get(0)).responses().size());
        }
    }
}
