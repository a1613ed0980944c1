package org.securebase.quiz.delivery;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.securebase.model.ModelException;
import org.securebase.model.blueprint.AttemptPolicy;
import org.securebase.quiz.assembly.Quiz;

/**
 * Retakes under a quiz's {@code maxAttempts} and {@code attemptPolicy}: whether a trainee may
 * start another attempt, and which scored attempt counts.
 *
 * <ul>
 * <li>{@code best}: the scored attempt with the highest percentage; on a tie, the earlier.</li>
 * <li>{@code last}: the scored attempt submitted last.</li>
 * </ul>
 *
 * @since 0.1
 */
public final class Retakes {
    private Retakes() {
    }

    /**
     * Starts the trainee's next attempt, numbered after their earlier ones.
     *
     * @param earlier the trainee's earlier attempts at this quiz, in any state
     * @throws NoAttemptsLeftException when all allowed attempts are used or one is still in progress
     */
    public static InProgressAttempt startNext(List<? extends Attempt> earlier, Optional<AttemptId> attemptId, Quiz quiz,
                                              String traineeId, Instant started) {
        for (Attempt a : earlier) {
            if (!a.header().traineeId().equals(traineeId) || !a.header().quiz().id().equals(quiz.id())) {
                throw new ModelException("attempt " + a.header().label() + " is not an attempt of trainee "
                        + traineeId + " at quiz " + quiz.id());
            }
            if (a instanceof InProgressAttempt) {
                throw new NoAttemptsLeftException("trainee " + traineeId + " still has attempt "
                        + a.header().label() + " in progress: submit it first");
            }
        }
        int max = quiz.settings().maxAttempts();
        if (earlier.size() >= max) {
            throw new NoAttemptsLeftException("trainee " + traineeId + " has used all " + max + " attempt"
                    + (max == 1 ? "" : "s") + " allowed at quiz " + quiz.id());
        }
        return InProgressAttempt.start(attemptId, quiz, traineeId, earlier.size() + 1, started);
    }

    /** The attempt that counts under the policy, if any was scored. */
    public static Optional<ScoredAttempt> counting(List<ScoredAttempt> scored, AttemptPolicy policy) {
        Comparator<ScoredAttempt> bySubmission = Comparator.comparing((ScoredAttempt a) -> a.submission().submitted())
                .thenComparingInt(a -> a.header().number());
        if (policy == AttemptPolicy.LAST) {
            return scored.stream().max(bySubmission);
        }
        return scored.stream().max(Comparator.comparingDouble((ScoredAttempt a) -> a.report().percent())
                .thenComparing(bySubmission.reversed()));
    }
}
