package org.securebase.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.securebase.model.question.QuestionRef;
import org.securebase.quiz.store.AttemptSource;
import org.securebase.quiz.store.CompletedAttempt;
import org.securebase.quiz.store.FrozenQuiz;
import org.securebase.quiz.store.MarkedResponse;
import org.securebase.quiz.store.RegisteredTrainee;
import org.securebase.quiz.store.ResultStore;
import org.securebase.quiz.store.StoredResponse;
import org.securebase.quiz.store.StoredScore;

/**
 * A load run for the result store, kept out of the test run: stores N whole attempts of M
 * responses each, one transaction per attempt, into a fresh temporary store and prints the
 * elapsed time and rows per second. Run it as
 * {@code java -cp <classpath> org.securebase.bench.StoreLoad 10000 60}.
 *
 * @since 0.1
 */
public final class StoreLoad {
    private static final int TRAINEES = 500;

    private StoreLoad() {
    }

    /**
     * @param args the number of attempts and of responses per attempt (default 10000 60)
     * @throws IOException if the temporary folder cannot be made or removed
     */
    public static void main(String[] args) throws IOException {
        PrintStream out = System.out;
        int attempts = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        int responses = args.length > 1 ? Integer.parseInt(args[1]) : 60;
        if (attempts < 1 || responses < 1) {
            System.err.println("usage: StoreLoad <attempts ≥ 1> <responses per attempt ≥ 1>");
            System.exit(2);
            return;
        }
        Path dir = Files.createTempDirectory("securebase-storeload");
        Path file = dir.resolve("load.db");
        try {
            long rows = run(file, attempts, responses, out);
            out.printf(Locale.ROOT, "database file: %.1f MB%n", Files.size(file) / 1e6);
            out.println("rows: " + rows);
        } finally {
            for (String suffix : new String[] {"", "-wal", "-shm"}) {
                Files.deleteIfExists(dir.resolve("load.db" + suffix));
            }
            Files.deleteIfExists(dir);
        }
    }

    private static long run(Path file, int attempts, int responses, PrintStream out) {
        List<QuestionRef> questions = new ArrayList<>(responses);
        for (int q = 0; q < responses; q++) {
            questions.add(new QuestionRef("vignette-" + (q / 6), "q" + (q % 6)));
        }
        try (ResultStore store = ResultStore.open(file)) {
            store.saveQuiz(new FrozenQuiz("load-quiz", "load-blueprint", 1, 42L, "sha256-load", "{\"load\":true}"));
            for (int t = 0; t < TRAINEES; t++) {
                store.saveTrainee(RegisteredTrainee.of("trainee-" + t, "Trainee " + t));
            }
            Instant start = Instant.parse("2026-01-05T09:00:00Z");
            long began = System.nanoTime();
            for (int a = 0; a < attempts; a++) {
                List<MarkedResponse> marked = new ArrayList<>(responses);
                double points = 0;
                for (int q = 0; q < responses; q++) {
                    double mark = (a + q) % 3 == 0 ? 0 : 1;
                    points += mark;
                    marked.add(new MarkedResponse(new StoredResponse(questions.get(q), String.valueOf((a + q) % 4 + 1),
                            start.plusSeconds(20L * q), false), mark));
                }
                store.recordAttempt(new CompletedAttempt("load-quiz", "trainee-" + (a % TRAINEES), "V" + (a % 7),
                        AttemptSource.SIMULATED, start, start.plusSeconds(20L * responses), marked,
                        StoredScore.of(points, responses, points * 100 >= 70.0 * responses), true));
            }
            Duration took = Duration.ofNanos(System.nanoTime() - began);
            long rows = (long) attempts * (responses + 1);
            double seconds = took.toNanos() / 1e9;
            out.printf(Locale.ROOT, "stored %d attempts x %d responses (%d rows) in %.2f s: %.0f rows/s, %.0f attempts/s%n",
                    attempts, responses, rows, seconds, rows / seconds, attempts / seconds);
            out.println("integrity: " + String.join(" ", store.integrityCheck().lines()));
            return rows;
        }
    }
}
