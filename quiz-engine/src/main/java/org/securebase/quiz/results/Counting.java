package org.securebase.quiz.results;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.securebase.model.Checks;
import org.securebase.model.blueprint.AttemptPolicy;
import org.securebase.quiz.assembly.Quiz;
import org.securebase.quiz.delivery.Retakes;
import org.securebase.quiz.delivery.ScoredAttempt;

/**
 * Which attempts count at a quiz: its attempt policy ({@code best} or {@code last}) picks one
 * scored attempt per trainee, and its attempt limit is what every new attempt is held to. The
 * limit is handed to the store, which checks it inside the transaction that records the attempt
 * (decision 0071), for a sitting and an import alike; this is the one place it is read.
 *
 * @param policy which scored attempt of a trainee counts
 * @param limit how many attempts a trainee may make, at least 1
 * @since 0.3
 */
public record Counting(AttemptPolicy policy, int limit) {

    /** Requires a policy and a limit of at least 1. */
    public Counting {
        Checks.present(policy, "attempt policy");
        Checks.positive(limit, "attempts allowed");
    }

    /**
     * @param quiz a quiz
     * @return its attempt policy and limit
     */
    public static Counting of(Quiz quiz) {
        return new Counting(quiz.settings().attemptPolicy(), quiz.settings().maxAttempts());
    }

    /**
     * @param theirs one trainee's scored attempts at the quiz
     * @return the one that counts, or empty when there is none
     */
    public Optional<ScoredAttempt> counting(List<ScoredAttempt> theirs) {
        return Retakes.counting(theirs, policy);
    }

    /**
     * @param candidate a trainee's new scored attempt
     * @param earlier the same trainee's earlier scored attempts at the quiz
     * @return whether the new attempt is the one that counts once it is recorded
     */
    public boolean counts(ScoredAttempt candidate, List<ScoredAttempt> earlier) {
        List<ScoredAttempt> theirs = new ArrayList<>(earlier.size() + 1);
        theirs.addAll(earlier);
        theirs.add(candidate);
        return counting(theirs).map(a -> a == candidate).orElse(false);
    }
}
