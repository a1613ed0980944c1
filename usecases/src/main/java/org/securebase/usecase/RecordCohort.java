package org.securebase.usecase;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import org.securebase.model.Checks;
import org.securebase.model.question.QuestionRef;
import org.securebase.quiz.delivery.Response;
import org.securebase.quiz.delivery.ScoredAttempt;
import org.securebase.quiz.delivery.SubmittedAttempt;
import org.securebase.quiz.results.CollectedAttempt;
import org.securebase.quiz.results.CollectedAttempts;
import org.securebase.quiz.scoring.Answer;
import org.securebase.quiz.simulate.Cohort;
import org.securebase.quiz.store.AttemptSource;
import org.securebase.quiz.store.RegisteredTrainee;
import org.securebase.quiz.store.ResultStore;

/**
 * Records a simulated cohort's attempts as results: the one way the demo and
 * {@code bench generate results} record one, through the same rules as an import (scored under
 * the key in force, the quiz's attempt policy and limit), marked simulated. Large cohorts are
 * written in batches, each one transaction.
 *
 * @since 0.3
 */
public final class RecordCohort {
    /** Trainees written per transaction. */
    static final int BATCH = 1000;

    private RecordCohort() {
    }

    /**
     * What was recorded.
     *
     * @param attempts how many attempts
     * @param passed how many of them passed under the key in force
     */
    public record Recorded(int attempts, long passed) {
    }

    /**
     * Records the cohort, its trainees registered under the names given.
     *
     * @param store where to record; the cohort's quiz must be frozen there
     * @param cohort the simulated cohort
     * @param name the name of trainee {@code i} (0-based, in the cohort's order)
     * @return how many attempts were recorded and passed
     */
    public static Recorded record(ResultStore store, Cohort cohort, IntFunction<String> name) {
        CollectedAttempts collected = new CollectedAttempts(store);
        Checks.present(cohort, "cohort");
        List<SubmittedAttempt> submitted = cohort.attempts();
        int attempts = 0;
        long passed = 0;
        for (int from = 0; from < submitted.size(); from += BATCH) {
            List<RegisteredTrainee> people = new ArrayList<>();
            List<CollectedAttempt> batch = new ArrayList<>();
            for (int i = from; i < Math.min(submitted.size(), from + BATCH); i++) {
                SubmittedAttempt a = submitted.get(i);
                String id = a.header().traineeId();
                people.add(new RegisteredTrainee(id, name.apply(i), null, null, null));
                Map<QuestionRef, Answer> answers = new LinkedHashMap<>();
                for (Response r : a.responses()) {
                    if (!r.clears()) {
                        answers.put(r.ref(), r.answer());
                    }
                }
                batch.add(new CollectedAttempt(id, a.header().variant(), answers, a.submitted()));
            }
            for (ScoredAttempt a : collected.record(cohort.quiz(), people, batch, AttemptSource.SIMULATED)) {
                attempts++;
                passed += a.report().passed() ? 1 : 0;
            }
        }
        return new Recorded(attempts, passed);
    }
}
