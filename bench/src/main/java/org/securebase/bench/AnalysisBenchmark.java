package org.securebase.bench;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.securebase.quiz.analysis.ItemAnalysis;
import org.securebase.quiz.assembly.Quiz;
import org.securebase.quiz.delivery.ScoredAttempt;
import org.securebase.quiz.scoring.AnswerKey;

/** Item analysis of 10,000 scored attempts at a 100-question quiz. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgs = "-Xmx3g")
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 5, time = 5)
public class AnalysisBenchmark {
    private List<ScoredAttempt> scored;

    /** 10,000 simulated attempts, scored. */
    @Setup
    public void setUp() {
        Quiz quiz = Inputs.quiz(Inputs.library(), 25);
        AnswerKey key = AnswerKey.of(quiz);
        scored = Inputs.cohort(quiz, 10_000).attempts().stream().map(a -> a.score(key)).toList();
    }

    /** Facility, discrimination, point-biserial, option counts and test statistics of the whole cohort. */
    @Benchmark
    public ItemAnalysis itemAnalysis10000x100() {
        return ItemAnalysis.of(scored);
    }
}
