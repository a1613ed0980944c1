package org.securebase.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.securebase.quiz.assembly.Quiz;
import org.securebase.quiz.simulate.Cohort;
import org.securebase.quiz.store.CompletedAttempt;
import org.securebase.quiz.store.ResultStore;
import org.securebase.quiz.store.MarkedAttempt;
import org.securebase.quiz.scoring.AnswerKey;

/** Recording a batch of 100 whole attempts of 100 responses each (one transaction) in the SQLite result store. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgs = "-Xmx1g")
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class StoreBenchmark {
    private Path dir;
    private ResultStore store;
    private List<CompletedAttempt> batch;

    /** A fresh store on local disk with the quiz and 100 trainees, and their 100 marked attempts. */
    @Setup
    public void setUp() throws IOException {
        Quiz quiz = Inputs.quiz(Inputs.library(), 25);
        Cohort cohort = Inputs.cohort(quiz, 100);
        dir = Files.createTempDirectory("securebase-bench-store");
        store = ResultStore.open(dir.resolve("results.db"));
        store.saveQuiz(cohort.frozenQuiz());
        cohort.storeTrainees().forEach(store::saveTrainee);
        batch = cohort.completedAttempts(AnswerKey.of(quiz));
    }

    /** Records the 100 attempts again (each gets the trainee's next attempt number). */
    @Benchmark
    public List<MarkedAttempt> recordBatchOf100Attempts() {
        return store.recordAttempts(batch);
    }

    /** Closes the store and removes its folder. */
    @TearDown
    public void tearDown() throws IOException {
        store.close();
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
