package org.securebase.quiz.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.securebase.quiz.store.StoreFixtures.QUIZ;
import static org.securebase.quiz.store.StoreFixtures.anyCompletedAttempt;
import static org.securebase.quiz.store.StoreFixtures.anyStore;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The reads a submission or an import makes are answered from an index, so their cost grows
 * with one trainee's attempts and one quiz's key changes, not with everything stored: SQLite's
 * own query plan of each says so (a {@code SCAN} of a table would read it whole).
 */
class PerTraineeReadsTest {
    @TempDir
    Path dir;

    private List<String> plan(String sql, int parameters) throws Exception {
        try (ResultStore store = anyStore(dir)) {
            store.recordAttempt(anyCompletedAttempt(QUIZ, "t1", 2));
        }
        List<String> out = new ArrayList<>();
        try (Connection c = StoreFixtures.raw(dir.resolve("results.db"));
                PreparedStatement p = c.prepareStatement("EXPLAIN QUERY PLAN " + sql)) {
            for (int i = 1; i <= parameters; i++) {
                p.setString(i, "x");
            }
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getString("detail"));
                }
            }
        }
        return out;
    }

    private static void assertNoTableScan(List<String> plan) {
        assertTrue(plan.stream().noneMatch(line -> line.startsWith("SCAN ")), "a table is read whole: " + plan);
        assertTrue(plan.stream().anyMatch(line -> line.startsWith("SEARCH ") && line.contains("INDEX")), plan.toString());
    }

    @Test
    void countingOneTraineesAttemptsSearchesAnIndex() throws Exception {
        assertNoTableScan(plan(Attempts.COUNT, 2));
    }

    @Test
    void readingOneTraineesSubmittedAttemptsSearchesIndexes() throws Exception {
        assertNoTableScan(plan(Attempts.SUBMITTED_OF_TRAINEE, 2));
    }

    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void readingAQuizsKeyChangesSearchesTheRescoreIndex(boolean withScoreChanges) throws Exception {
        List<String> plan = plan(withScoreChanges ? Rescores.CHANGES_OF_QUIZ : Rescores.OF_QUIZ, 1);
        assertNoTableScan(plan);
        assertTrue(plan.stream().anyMatch(line -> line.contains("rescore_by_quiz")), plan.toString());
    }

    @Test
    void aVersionOneStoreIsUpgradedToTheRescoreIndex() throws Exception {
        Path file = dir.resolve("old.db");
        try (Connection c = StoreFixtures.raw(file); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE schema_version (version INTEGER NOT NULL PRIMARY KEY,"
                    + " script VARCHAR(200) NOT NULL, applied_at VARCHAR(30) NOT NULL)");
            for (String sql : Migrations.statements("V1__results.sql")) {
                s.execute(sql);
            }
            s.execute("INSERT INTO schema_version VALUES (1, 'V1__results.sql', '2026-01-01T00:00:00.000Z')");
        }
        try (ResultStore store = ResultStore.open(file)) {
            assertEquals(4, store.schemaVersion());
        }
        assertEquals(1, StoreFixtures.count(file, "SELECT COUNT(*) FROM sqlite_master WHERE type = 'index'"
                + " AND name = 'rescore_by_quiz'"));
        assertEquals(4, StoreFixtures.count(file, "SELECT MAX(version) FROM schema_version"));
    }
}
