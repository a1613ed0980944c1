package org.securebase.quiz.simulate;

import org.securebase.model.question.Difficulty;

/**
 * The one-parameter logistic (Rasch) model the simulated trainees answer by: a trainee of
 * ability θ gets a part of a question of difficulty b right with probability
 * {@code 1 / (1 + e^-(θ - b))} (Rasch 1960; Embretson and Reise 2000, ch. 3). Difficulty comes
 * from the question's level: introductory −1, intermediate 0, advanced +1 logits.
 *
 * @since 0.1
 */
public final class Rasch {
    private Rasch() {
    }

    /** The item difficulty b, in logits, of a difficulty level. */
    public static double difficulty(Difficulty level) {
        if (level == Difficulty.INTRODUCTORY) {
            return -1.0;
        }
        return level == Difficulty.INTERMEDIATE ? 0.0 : 1.0;
    }

    /** The probability that a trainee of ability θ gets an item of difficulty b right. */
    public static double probability(double ability, double difficulty) {
        return 1.0 / (1.0 + Math.exp(-(ability - difficulty)));
    }
}
