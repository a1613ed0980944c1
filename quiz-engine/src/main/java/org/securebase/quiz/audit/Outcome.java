package org.securebase.quiz.audit;

/**
 * What one strategy earns on one question, against what it would earn without the cue.
 *
 * @param credit the expected credit of the strategy, 0 to 1 (ties between options broken at random)
 * @param chance the expected credit of the baseline: a random answer, or for the matching
 *               strategy the pairs known without the last one deduced
 * @since 0.3
 */
public record Outcome(double credit, double chance) {

    /** Rejects credits outside 0 to 1. */
    public Outcome {
        if (!(credit >= 0 && credit <= 1) || !(chance >= 0 && chance <= 1)) {
            throw new IllegalArgumentException("credits must be between 0 and 1, were " + credit + " and " + chance);
        }
    }

    /** True when the strategy does better on this question than its baseline. */
    public boolean wins() {
        return credit > chance + 1e-9;
    }
}
