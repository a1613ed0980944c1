package org.securebase.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.securebase.quiz.assembly.Quiz;
import org.securebase.quiz.results.FrozenQuizzes;
import org.securebase.quiz.simulate.Cohort;
import org.securebase.quiz.store.ResultStore;
import org.securebase.usecase.RecordCohort;

/**
 * Recording a simulated cohort of 100 trainees with 100 responses each in the SQLite result
 * store, through the same rules as the demo and {@code bench generate results} ({@link
 * RecordCohort}: scored under the key in force, the attempt policy and limit, one transaction).
 * Each invocation records into a fresh store, so the attempt limit never refuses a run.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgs = "-Xmx1g")
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class StoreBenchmark {
    private Quiz quiz;
    private Cohort cohort;
    private Path dir;
    private ResultStore store;

    /** The quiz of 100 questions and its simulated cohort of 100 trainees. */
    @Setup
    public void setUp() {
        quiz = Inputs.quiz(Inputs.library(), 25);
        cohort = Inputs.cohort(quiz, 100);
    }

    /** A fresh store on local disk holding the frozen quiz, not timed. */
    @Setup(Level.Invocation)
    public void freshStore() throws IOException {
        dir = Files.createTempDirectory("securebase-bench-store");
        store = ResultStore.open(dir.resolve("results.db"));
        new FrozenQuizzes(store).freeze(quiz);
    }

    /** Records the cohort's 100 attempts with their trainees. */
    @Benchmark
    public RecordCohort.Recorded recordBatchOf100Attempts() {
        return RecordCohort.record(store, cohort, i -> "Simulated trainee " + (i + 1));
    }

    /** Closes the store and removes its folder. */
    @TearDown(Level.Invocation)
    public void tearDown() throws IOException {
        store.close();
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
