package org.securebase.quiz.simulate;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.SplittableRandom;
import org.securebase.model.ModelException;
import org.securebase.model.library.LibraryQuestion;
import org.securebase.model.question.QuestionRef;
import org.securebase.quiz.assembly.Quiz;
import org.securebase.quiz.delivery.AttemptHeader;
import org.securebase.quiz.delivery.Response;
import org.securebase.quiz.delivery.SubmittedAttempt;
import org.securebase.quiz.variant.Variant;

/**
 * A cohort of simulated trainees who each take a quiz once, answering by the {@link Rasch}
 * model: trainee k has ability θ ~ N(0, 1) and answers every question (in their own variant's
 * order) part by part, each part right with probability P(θ − b) for the question's difficulty b.
 * Answer times follow the delivery order, 20 to 110 seconds a question, squeezed to fit the
 * time limit. Everything follows from the seed: the same quiz, size and seed give the same
 * cohort on every machine, and trainee k does not depend on the cohort's size.
 * See {@code docs/simulation.md}.
 *
 * @since 0.1
 */
public final class Cohort {
    private static final int MIN_SECONDS = 20;
    private static final int SPREAD_SECONDS = 91;

    private final Quiz quiz;
    private final List<SimulatedTrainee> trainees;

    private Cohort(Quiz quiz, List<SimulatedTrainee> trainees) {
        this.quiz = quiz;
        this.trainees = List.copyOf(trainees);
    }

    /**
     * Simulates {@code size} trainees taking the quiz, all starting at {@code start}.
     *
     * @throws ModelException when the size is below 1
     */
    public static Cohort simulate(Quiz quiz, int size, long seed, Instant start) {
        return simulate(quiz, size, seed, start, 0.0);
    }

    /**
     * The same with abilities centred on {@code meanAbility} logits instead of 0: a cohort after a
     * workshop is better prepared than the items' reference group (the demo uses +1).
     *
     * @throws ModelException when the size is below 1 or the mean is not finite
     */
    public static Cohort simulate(Quiz quiz, int size, long seed, Instant start, double meanAbility) {
        if (!Double.isFinite(meanAbility)) {
            throw new ModelException("the mean ability must be a finite number of logits, was " + meanAbility);
        }
        if (size < 1) {
            throw new ModelException("a cohort needs at least 1 trainee, was " + size);
        }
        List<SimulatedTrainee> out = new ArrayList<>(size);
        for (int k = 0; k < size; k++) {
            out.add(trainee(quiz, k, seed, start, meanAbility));
        }
        return new Cohort(quiz, out);
    }

    /** The id of trainee {@code index} (0-based): {@code sim-00001} for index 0. */
    public static String traineeId(int index) {
        return String.format(Locale.ROOT, "sim-%05d", index + 1);
    }

    /** The quiz they took. */
    public Quiz quiz() {
        return quiz;
    }

    /** The trainees, in id order. */
    public List<SimulatedTrainee> trainees() {
        return trainees;
    }

    /** Each trainee's attempt as the delivery layer holds it, not stored (so without an attempt id). */
    public List<SubmittedAttempt> attempts() {
        List<SubmittedAttempt> out = new ArrayList<>(trainees.size());
        for (SimulatedTrainee t : trainees) {
            AttemptHeader header = new AttemptHeader(Optional.empty(), t.id(), 1, quiz, Variant.forTrainee(quiz, t.id()), t.started());
            out.add(new SubmittedAttempt(header, t.responses(), t.submitted()));
        }
        return out;
    }

    private static SimulatedTrainee trainee(Quiz quiz, int index, long seed, Instant start, double meanAbility) {
        String id = traineeId(index);
        SplittableRandom r = new SplittableRandom(seed * 0x9E3779B97F4A7C15L + index);
        double ability = meanAbility + r.nextGaussian();
        List<QuestionRef> order = Variant.forTrainee(quiz, id).order();
        long[] seconds = new long[order.size()];
        long total = 0;
        for (int i = 0; i < seconds.length; i++) {
            seconds[i] = MIN_SECONDS + r.nextInt(SPREAD_SECONDS);
            total += seconds[i];
        }
        Integer limit = quiz.settings().timeLimitMinutes();
        double squeeze = limit == null ? 1.0 : Math.min(1.0, limit * 60.0 * 0.9 / Math.max(1, total));
        List<Response> responses = new ArrayList<>(order.size());
        Instant at = start;
        for (int i = 0; i < order.size(); i++) {
            QuestionRef ref = order.get(i);
            LibraryQuestion q = quiz.question(ref);
            double p = Rasch.probability(ability, Rasch.difficulty(q.difficulty()));
            at = at.plusMillis(Math.max(1, Math.round(seconds[i] * squeeze * 1000)));
            responses.add(new Response(ref, Answers.answer(q.question(), p, r), at));
        }
        Instant submitted = at.plus(Duration.ofSeconds(5));
        if (limit != null) {
            Instant deadline = start.plus(Duration.ofMinutes(limit));
            if (submitted.isAfter(deadline)) {
                submitted = deadline;
            }
        }
        return new SimulatedTrainee(id, ability, start, responses, submitted);
    }
}
