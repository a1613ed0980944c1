package org.securebase.bench;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
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
import org.securebase.model.blueprint.QuizBlueprint;
import org.securebase.model.library.Library;
import org.securebase.model.question.QuestionRef;
import org.securebase.quiz.assembly.Assembly;
import org.securebase.quiz.assembly.Quiz;
import org.securebase.quiz.delivery.Response;
import org.securebase.quiz.scoring.Answer;
import org.securebase.quiz.scoring.AnswerKey;
import org.securebase.quiz.scoring.ScoreReport;
import org.securebase.quiz.scoring.Scorer;
import org.securebase.scenarios.generate.SyntheticLibrary;

/** Drawing a 100-question quiz from a 1,000-vignette library, and scoring one full attempt at it. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(value = 1, jvmArgs = "-Xmx1g")
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class QuizBenchmark {
    private Library library;
    private QuizBlueprint blueprint;
    private Quiz quiz;
    private AnswerKey key;
    private List<Map<QuestionRef, Answer>> attempts;
    private int next;

    /** The library, the quiz, its key and 64 simulated attempts. */
    @Setup
    public void setUp() {
        library = Inputs.library();
        blueprint = SyntheticLibrary.blueprint(25);
        quiz = Assembly.assemble(blueprint, library, Inputs.SEED);
        key = AnswerKey.of(quiz);
        attempts = Inputs.cohort(quiz, 64).trainees().stream().map(t -> {
            Map<QuestionRef, Answer> answers = new TreeMap<>();
            for (Response r : t.responses()) {
                answers.put(r.ref(), r.answer());
            }
            return answers;
        }).toList();
    }

    /** Assembles the 100-question quiz from the 1,000-vignette library. */
    @Benchmark
    public Quiz assembleHundredQuestionQuiz() {
        return Assembly.assemble(blueprint, library, Inputs.SEED);
    }

    /** Scores one attempt of 100 answers. */
    @Benchmark
    public ScoreReport scoreFullAttempt() {
        return Scorer.score(quiz, key, Inputs.cycle(attempts, next++));
    }
}
