package org.securebase.quiz.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.securebase.model.question.QuestionRef;

/** Trainees, quizzes and attempts for store tests, and a plain JDBC view of a store file. */
final class StoreFixtures {
    static final Instant START = Instant.parse("2026-03-02T09:00:00Z");
    static final String QUIZ = "attach-101-2026-a";

    private StoreFixtures() {
    }

    static RegisteredTrainee anyTrainee(String id) {
        return new RegisteredTrainee(id, "Trainee " + id, id + "@example.org", "LMFT-" + id, "CA");
    }

    static FrozenQuiz anyQuiz(String id) {
        return new FrozenQuiz(id, "attachment-basics", 2, 20260302L, "sha256:library-1",
                "{\"quiz\":\"" + id + "\",\"questions\":[\"couple-01#q1\",\"couple-01#q2\"]}");
    }

    static QuestionRef question(int i) {
        return new QuestionRef("vignette-" + (i / 5 + 1), "q" + (i % 5 + 1));
    }

    static StoredResponse anyResponse(int i) {
        return new StoredResponse(question(i), String.valueOf((char) ('A' + i % 4)), START.plusSeconds(30L * (i + 1)), false);
    }

    /** {@code count} responses marked 1, 0, 1, 0, ... */
    static List<MarkedResponse> anyMarkedResponses(int count) {
        List<MarkedResponse> out = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            out.add(new MarkedResponse(anyResponse(i), i % 2 == 0 ? 1 : 0));
        }
        return out;
    }

    static CompletedAttempt anyCompletedAttempt(String quizId, String traineeId, int responses) {
        List<MarkedResponse> marked = anyMarkedResponses(responses);
        double points = marked.stream().mapToDouble(MarkedResponse::mark).sum();
        return new CompletedAttempt(quizId, traineeId, "K7Q", AttemptSource.IMPORT, START,
                START.plusSeconds(30L * (responses + 1)), marked, StoredScore.of(points, Math.max(1, responses), false),
                true);
    }

    /** Erases a trainee under a new pseudonym, each attempt keeping its variant code (as a handout's does). */
    static Erasure erase(ResultStore store, String traineeId, String reason, Instant at) {
        Map<Long, String> codes = new java.util.HashMap<>();
        store.traineeRecord(traineeId).ifPresent(r -> r.attempts().forEach(a -> codes.put(a.id(), a.variantCode())));
        return store.erase(traineeId, ResultStore.newPseudonym(), codes, reason, at);
    }

    /** A fresh store in the folder with the fixture quiz and trainees {@code t1}, {@code t2}. */
    static ResultStore anyStore(Path dir) {
        ResultStore store = ResultStore.open(dir.resolve("results.db"));
        store.saveQuiz(anyQuiz(QUIZ));
        store.saveTrainee(anyTrainee("t1"));
        store.saveTrainee(anyTrainee("t2"));
        return store;
    }

    /** A fresh temporary folder for tests that cannot use {@code @TempDir}. */
    static Path tempDir() {
        try {
            return Files.createTempDirectory("securebase-store-test");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void deleteStore(Path dir) {
        try {
            for (String name : new String[] {"results.db", "results.db-wal", "results.db-shm"}) {
                Files.deleteIfExists(dir.resolve(name));
            }
            Files.deleteIfExists(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Opens the file with plain JDBC, outside the store, to count rows or tamper with it. */
    static Connection raw(Path file) throws SQLException {
        return DriverManager.getConnection("jdbc:sqlite:" + file);
    }

    static long count(Path file, String sql) throws SQLException {
        try (Connection c = raw(file); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** SQLite's integrity verdict on a file, read with plain JDBC. */
    static String integrity(Path file) throws SQLException {
        StringBuilder out = new StringBuilder();
        try (Connection c = raw(file); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("PRAGMA integrity_check")) {
            while (rs.next()) {
                out.append(rs.getString(1));
            }
        }
        return out.toString();
    }
}
