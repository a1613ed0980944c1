package org.securebase.usecase;

import java.time.Clock;
import java.time.Instant;
import org.securebase.model.Checks;
import org.securebase.quiz.assembly.Quiz;
import org.securebase.quiz.results.FrozenQuizzes;
import org.securebase.quiz.simulate.Cohort;
import org.securebase.quiz.store.ResultStore;

/**
 * Synthetic results for benchmarks: a simulated cohort takes a quiz and its attempts are
 * recorded in a new store, the way the demo records its cohort ({@link RecordCohort}).
 *
 * @since 0.3
 */
public final class GenerateResults {
    /** When the simulated cohort starts. */
    static final Instant START = Instant.parse("2026-03-02T09:00:00Z");

    private final Workspace workspace;
    private final Clock clock;

    /**
     * @param workspace the store to create, which must not exist yet
     * @param clock the clock of the results
     */
    public GenerateResults(Workspace workspace, Clock clock) {
        this.workspace = Checks.present(workspace, "workspace");
        this.clock = Checks.present(clock, "clock");
    }

    /**
     * What was recorded.
     *
     * @param attempts how many attempts
     * @param passed how many of them passed
     */
    public record Generated(int attempts, long passed) {
    }

    /**
     * @param quiz the quiz
     * @param trainees how many simulated trainees, at least 1
     * @param seed the seed of the cohort
     * @param meanAbility the centre of the cohort's abilities in logits
     * @return what was recorded
     * @throws Refusal when the store exists already or the cohort is empty
     */
    public Generated generate(Quiz quiz, int trainees, long seed, double meanAbility) {
        if (trainees < 1) {
            throw new Refusal("--trainees must be at least 1, was " + trainees);
        }
        if (workspace.exists()) {
            throw new Refusal(workspace.location() + " already exists; simulated results go into a new database:"
                    + " choose another --db");
        }
        Cohort cohort = Cohort.simulate(quiz, trainees, seed, START, meanAbility);
        try (ResultStore store = workspace.open()) {
            new FrozenQuizzes(store).freeze(quiz);
            RecordCohort.Recorded recorded = RecordCohort.record(store, cohort,
                    i -> "Simulated trainee " + Integer.parseInt(Cohort.traineeId(i).substring(4)));
            return new Generated(recorded.attempts(), recorded.passed());
        }
    }
}
