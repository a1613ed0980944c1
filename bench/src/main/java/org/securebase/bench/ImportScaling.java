package org.securebase.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.securebase.model.question.QuestionRef;
import org.securebase.quiz.assembly.Quiz;
import org.securebase.quiz.delivery.Response;
import org.securebase.quiz.delivery.SubmittedAttempt;
import org.securebase.quiz.importing.ImportOutcome;
import org.securebase.quiz.results.Notation;
import org.securebase.quiz.results.FrozenQuizzes;
import org.securebase.quiz.results.Sitting;
import org.securebase.quiz.scoring.AnswerKey;
import org.securebase.quiz.simulate.Cohort;
import org.securebase.quiz.store.ResultStore;
import org.securebase.usecase.DeliverAttempt;
import org.securebase.usecase.ImportResponses;
import org.securebase.usecase.RecordCohort;
import org.securebase.usecase.Workspace;

/**
 * How the cost of recording one trainee's attempt grows with the attempts a quiz already holds
 * (issue 13): for quizzes holding 0, 2,000 and 20,000 attempts, the time to import a response
 * sheet of 100 new trainees and to deliver and submit one terminal attempt, each through the
 * use cases the command line calls, after one untimed warm-up run (class loading and the JIT). Not a JMH benchmark (each measurement changes the store, so
 * it cannot repeat on the same state), and not a test: {@code bench/run.sh} runs it and puts its
 * table in docs/performance.md. Arguments: the markdown file to write, then optionally the
 * sizes to fill (default 0 2000 20000).
 *
 * @since 0.3
 */
public final class ImportScaling {
    private static final int IMPORTED = 100;
    private static final int REPEATS = 3;
    /** From this many stored attempts on, one run (filling the store takes long). */
    private static final int LARGE = 20_000;
    private static final Instant START = Instant.parse("2026-03-02T09:00:00Z");

    private ImportScaling() {
    }

    /**
     * @param args the markdown file to write, then the sizes
     * @throws IOException when a temporary store or the table cannot be written
     */
    public static void main(String[] args) throws IOException {
        PrintStream log = System.err;
        Path table = Path.of(args[0]);
        List<Integer> sizes = new ArrayList<>();
        for (int i = 1; i < args.length; i++) {
            sizes.add(Integer.parseInt(args[i]));
        }
        if (sizes.isEmpty()) {
            sizes = List.of(0, 2_000, 20_000);
        }
        Quiz quiz = Inputs.quiz(Inputs.library(), 5);
        Clock clock = Clock.fixed(START.plusSeconds(86_400), ZoneOffset.UTC);
        StringBuilder md = new StringBuilder();
        md.append("| attempts already stored | import ").append(IMPORTED).append(" trainees | sit, answer ").append(quiz.refs().size())
                .append(" questions and submit one attempt | of which opening the store |")
                .append(System.lineSeparator()).append("| ---: | ---: | ---: | ---: |").append(System.lineSeparator());
        List<Integer> runs = new ArrayList<>();
        runs.add(-1);
        runs.addAll(sizes);
        for (int run : runs) {
            boolean warmUp = run < 0;
            int size = warmUp ? 0 : run;
            List<Long> imports = new ArrayList<>();
            List<Long> submits = new ArrayList<>();
            List<Long> opens = new ArrayList<>();
            int repeats = warmUp || size >= LARGE ? 1 : REPEATS;
            for (int r = 0; r < repeats; r++) {
                Path dir = Files.createTempDirectory("securebase-import-scaling");
                try {
                    Workspace workspace = new Workspace(dir.resolve("results.db"));
                    Cohort cohort = Cohort.simulate(quiz, size + IMPORTED + 1, Inputs.SEED, START);
                    fill(workspace, clock, quiz, size);
                    Path sheet = dir.resolve("responses.csv");
                    Files.writeString(sheet, sheet(quiz, cohort.attempts().subList(size, size + IMPORTED)),
                            StandardCharsets.UTF_8);
                    long t0 = System.nanoTime();
                    ImportOutcome outcome = new ImportResponses(workspace, clock).run(sheet, quiz.id());
                    imports.add(System.nanoTime() - t0);
                    if (!(outcome instanceof ImportOutcome.Imported)) {
                        throw new IllegalStateException("the import was rejected: " + outcome);
                    }
                    SubmittedAttempt last = cohort.attempts().get(size + IMPORTED);
                    long t1 = System.nanoTime();
                    try (DeliverAttempt delivery = DeliverAttempt.open(workspace, clock)) {
                        opens.add(System.nanoTime() - t1);
                        Sitting s = delivery.sit(new DeliverAttempt.Seat(quiz, last.header().traineeId(), "Terminal trainee"));
                        for (Response response : last.responses()) {
                            s = delivery.answer(s, response.ref(), response.answer());
                        }
                        delivery.submit(s);
                    }
                    submits.add(System.nanoTime() - t1);
                } finally {
                    delete(dir);
                }
            }
            log.printf(Locale.ROOT, "import scaling: %s%d stored: import %s, submit %s (open %s)%n", warmUp ? "warm-up, " : "",
                    size, millis(median(imports)), millis(median(submits)), millis(median(opens)));
            if (warmUp) {
                continue;
            }
            md.append(String.format(Locale.ROOT, "| %,d | %s | %s | %s |", size, millis(median(imports)),
                    millis(median(submits)), millis(median(opens)))).append(System.lineSeparator());
        }
        Files.writeString(table, md.toString(), StandardCharsets.UTF_8);
    }

    /** Records the first {@code size} trainees of the cohort as the quiz's earlier attempts. */
    private static void fill(Workspace workspace, Clock clock, Quiz quiz, int size) {
        try (ResultStore store = workspace.open()) {
            new FrozenQuizzes(store).freeze(quiz);
            if (size > 0) {
                Cohort first = Cohort.simulate(quiz, size, Inputs.SEED, START);
                RecordCohort.record(store, first, i -> "Stored trainee " + (i + 1));
            }
        }
    }

    /**
     * The response sheet of the attempts' trainees, each in their own variant's letters, every
     * answer the key's (a simulated answer may give one letter to two items of a matching
     * question, which a sheet cannot hold; the cost measured does not depend on the answers).
     */
    private static String sheet(Quiz quiz, List<SubmittedAttempt> attempts) {
        AnswerKey key = AnswerKey.of(quiz);
        StringBuilder csv = new StringBuilder("quiz,trainee,name,variant,question,answer\n");
        for (SubmittedAttempt a : attempts) {
            for (QuestionRef ref : quiz.refs()) {
                csv.append(quiz.id()).append(',').append(a.header().traineeId()).append(",Imported trainee,")
                        .append(a.header().variant().code()).append(',').append(ref).append(",\"")
                        .append(Notation.write(key.key(ref), ref, a.header().variant())).append("\"\n");
            }
        }
        return csv.toString();
    }

    private static long median(List<Long> nanos) {
        List<Long> sorted = nanos.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }

    private static String millis(long nanos) {
        return String.format(Locale.ROOT, "%,d ms", Math.round(nanos / 1e6));
    }

    private static void delete(Path dir) throws IOException {
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
