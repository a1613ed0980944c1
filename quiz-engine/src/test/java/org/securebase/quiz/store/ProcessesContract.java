package org.securebase.quiz.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.securebase.quiz.store.StoreFixtures.QUIZ;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.securebase.model.question.QuestionRef;

/**
 * The store under several operating-system processes, whatever database holds it: concurrent
 * writers lose nothing and double nothing (counted row by row), attempt limits hold across
 * processes, and a writer killed with SIGKILL inside a transaction leaves no half attempt.
 * {@link ProcessesTest} runs it on an SQLite file, {@link PostgresProcessesTest} on a PostgreSQL
 * server.
 */
abstract class ProcessesContract {
    private static final int WRITERS = 4;
    private static final int ATTEMPTS_EACH = 50;
    private static final int RESPONSES = 20;

    @TempDir
    Path dir;

    /** The store every child process opens, as {@code --db} would name it: a new, empty database per test. */
    abstract StoreLocation location();

    /** The first column of the first row of a query, read outside the store. */
    abstract long count(String sql) throws Exception;

    /** The database's own verdict on its storage, read outside the store: {@code ok} when sound. */
    abstract String integrity() throws Exception;

    private final List<Process> children = new ArrayList<>();

    @AfterEach
    void killLeftoverChildren() {
        children.forEach(Process::destroyForcibly);
    }

    @Test
    @Timeout(90)
    void severalWriterProcessesAtOnceLoseNothing() throws Exception {
        String file = location().describe();
        List<BufferedReader> outputs = new ArrayList<>();
        for (int w = 1; w <= WRITERS; w++) {
            Process p = launch(WriterProcess.class, "writer-" + w, file, String.valueOf(w),
                    String.valueOf(ATTEMPTS_EACH), String.valueOf(RESPONSES));
            outputs.add(reader(p));
        }
        for (int w = 0; w < WRITERS; w++) {
            assertEquals("READY", outputs.get(w).readLine(), () -> errors("writer-"));
        }
        for (Process p : children) {
            try (Writer go = new OutputStreamWriter(p.getOutputStream(), StandardCharsets.UTF_8)) {
                go.write("GO\n");
            }
        }
        for (int w = 0; w < WRITERS; w++) {
            Process p = children.get(w);
            assertTrue(p.waitFor(80, TimeUnit.SECONDS), "writer " + (w + 1) + " finished");
            assertEquals(0, p.exitValue(), () -> errors("writer-"));
            assertEquals("DONE", outputs.get(w).readLine());
        }

        assertEquals("ok", integrity());
        assertEquals(WRITERS * ATTEMPTS_EACH, count("SELECT COUNT(*) FROM attempt"));
        assertEquals(WRITERS * ATTEMPTS_EACH * RESPONSES, count("SELECT COUNT(*) FROM response"));
        assertEquals(0, count("SELECT COUNT(*) FROM attempt a WHERE (SELECT COUNT(*) FROM response r"
                + " WHERE r.attempt_id = a.id) <> " + RESPONSES));
        // the shared trainee's 100 attempts are numbered 1..100 with no gap or repeat
        int shared = WRITERS * ATTEMPTS_EACH / 2;
        assertEquals(shared, count("SELECT COUNT(DISTINCT number) FROM attempt WHERE trainee_id = 'shared'"));
        assertEquals(shared, count("SELECT MAX(number) FROM attempt WHERE trainee_id = 'shared'"));
        for (int w = 1; w <= WRITERS; w++) {
            assertEquals(ATTEMPTS_EACH / 2, count("SELECT MAX(number) FROM attempt WHERE trainee_id = 'p" + w
                    + "' HAVING COUNT(DISTINCT number) = COUNT(*)"));
        }
        assertEquals(Migrations.SCRIPTS.size(), count("SELECT COUNT(*) FROM schema_version"));
    }

    @Test
    @Timeout(60)
    void aWriterKilledHalfWayThroughRecordingAnAttemptLeavesNoHalfAttempt() throws Exception {
        String file = prepared();
        Process p = launch(CrashingWriter.class, "crash-record", file, "record");
        String inside = reader(p).readLine();
        assertNotNull(inside, () -> errors("crash-record"));
        assertTrue(inside.startsWith("INSIDE"), inside);
        killHard(p);

        try (ResultStore store = ResultStore.open(location(), System.getenv())) {
            assertTrue(store.integrityCheck().isOk());
            List<StoredAttempt> attempts = store.attemptsOf(QUIZ);
            assertEquals(List.of(1, 2, 3), attempts.stream().map(StoredAttempt::number).toList());
            for (StoredAttempt a : attempts) {
                assertEquals(RESPONSES, ((MarkedAttempt) a).responses().size());
            }
            assertEquals(4, store.recordAttempt(StoreFixtures.anyCompletedAttempt(QUIZ, "t1", RESPONSES)).number());
        }
        assertEquals(4L * RESPONSES, count("SELECT COUNT(*) FROM response"));
    }

    @Test
    @Timeout(60)
    void aSubmissionKilledHalfWayLeavesTheAttemptOpenAndResumable() throws Exception {
        String file = prepared();
        Process p = launch(CrashingWriter.class, "crash-submit", file, "submit");
        String inside = reader(p).readLine();
        assertNotNull(inside, () -> errors("crash-submit"));
        assertTrue(inside.startsWith("INSIDE"), inside);
        killHard(p);

        assertEquals(0, count("SELECT COUNT(*) FROM response WHERE mark IS NOT NULL"));
        try (ResultStore store = ResultStore.open(location(), System.getenv())) {
            assertTrue(store.integrityCheck().isOk());
            OpenAttempt open = store.openAttempt("t1", QUIZ).orElseThrow();
            assertEquals(RESPONSES, open.responses().size());
            Map<QuestionRef, Double> marks = new HashMap<>();
            open.responses().forEach(r -> marks.put(r.question(), 0.5));
            MarkedAttempt done = store.submit(open.id(), new Submission(StoreFixtures.START.plusSeconds(4000),
                    marks, StoredScore.of(10, RESPONSES, false), true));
            assertInstanceOf(MarkedAttempt.class, store.attempt(done.id()).orElseThrow());
        }
    }

    @Test
    @Timeout(90)
    void twoImportsAtOnceIntoAOneAttemptQuizRecordEachTraineeOnce() throws Exception {
        String file = prepared();
        int trainees = 100;
        List<BufferedReader> outputs = new ArrayList<>();
        for (int w = 1; w <= 2; w++) {
            outputs.add(reader(launch(LimitedImportProcess.class, "import-" + w, file,
                    String.valueOf(trainees))));
        }
        for (BufferedReader o : outputs) {
            assertEquals("READY", o.readLine(), () -> errors("import-"));
        }
        for (Process p : children) {
            try (Writer go = new OutputStreamWriter(p.getOutputStream(), StandardCharsets.UTF_8)) {
                go.write("GO\n");
            }
        }
        List<String> verdicts = new ArrayList<>();
        for (int w = 0; w < 2; w++) {
            Process p = children.get(w);
            assertTrue(p.waitFor(80, TimeUnit.SECONDS), "importer " + (w + 1) + " finished");
            assertEquals(0, p.exitValue(), () -> errors("import-"));
            verdicts.add(outputs.get(w).readLine());
        }

        assertEquals(1, verdicts.stream().filter("IMPORTED"::equals).count(), verdicts.toString());
        String refused = verdicts.stream().filter(v -> !v.equals("IMPORTED")).findFirst().orElseThrow();
        assertTrue(refused.startsWith("REFUSED trainee t-1 has used all 1 attempt allowed at quiz " + QUIZ), refused);
        assertEquals(trainees, count("SELECT COUNT(*) FROM attempt"));
        assertEquals(0, count("SELECT COUNT(*) FROM (SELECT trainee_id FROM attempt GROUP BY quiz_id, trainee_id"
                + " HAVING COUNT(*) > 1) AS twice"));
    }

    /** A store with the fixture quiz and trainees, closed again; returns its location as the children take it. */
    private String prepared() {
        try (ResultStore store = ResultStore.open(location(), System.getenv())) {
            store.saveQuiz(StoreFixtures.anyQuiz(QUIZ));
            store.saveTrainee(StoreFixtures.anyTrainee("t1"));
            store.saveTrainee(StoreFixtures.anyTrainee("t2"));
        }
        return location().describe();
    }

    private void killHard(Process p) throws InterruptedException {
        p.destroyForcibly();
        assertTrue(p.waitFor(20, TimeUnit.SECONDS), "killed child ended");
        if (!System.getProperty("os.name").toLowerCase(Locale.ROOT).startsWith("windows")) {
            assertEquals(128 + 9, p.exitValue(), "child ended by SIGKILL");
        }
    }

    private Process launch(Class<?> main, String name, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-XX:TieredStopAtLevel=1", "-Xshare:auto", "--enable-native-access=ALL-UNNAMED", "-cp", System.getProperty("java.class.path"),
                main.getName()));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).redirectError(dir.resolve(name + ".err").toFile()).start();
        children.add(p);
        return p;
    }

    private static BufferedReader reader(Process p) {
        return new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
    }

    private String errors(String prefix) {
        StringBuilder out = new StringBuilder("child standard error:\n");
        try (var files = Files.list(dir)) {
            for (Path f : files.filter(f -> f.getFileName().toString().startsWith(prefix)).sorted().toList()) {
                out.append(f.getFileName()).append(":\n").append(Files.readString(f));
            }
        } catch (IOException e) {
            out.append(e);
        }
        return out.toString();
    }
}
