package org.securebase.quiz.audit;

/**
 * How one strategy does over the questions it applies to, each question counting once. The
 * intervals are 95 % normal-approximation intervals over questions (mean ± 1.96 standard errors
 * of the per-question values): the credits are shares, often fractional (ties, partial credit),
 * not successes out of trials, so a binomial interval such as Wilson's does not describe them;
 * the questions are the sampling units, the library being one sample of the questions its
 * authors write. Below two questions the intervals are the point itself.
 *
 * @param strategy the strategy
 * @param questions how many questions it applies to
 * @param score its mean expected credit, 0 to 1
 * @param scoreLow lower end of the interval for the score, clipped to 0
 * @param scoreHigh upper end of the interval for the score, clipped to 1
 * @param chance the mean credit of the baseline on the same questions
 * @param gain score − chance: how far the strategy beats chance (in shares; × 100 for points)
 * @param gainLow lower end of the interval for the gain (paired per question), clipped to −1
 * @param gainHigh upper end of the interval for the gain, clipped to 1
 * @param applies false when the delivery makes the strategy impossible (same letter with shuffled options)
 * @since 0.3
 */
public record StrategyResult(Strategy strategy, int questions, double score, double scoreLow, double scoreHigh,
                             double chance, double gain, double gainLow, double gainHigh, boolean applies) {

    /** The z value of a two-sided 95 % interval. */
    public static final double Z95 = 1.959964;

    /** True when it applies to some question and beats chance by more than the margin (a share, e.g. 0.05). */
    public boolean beatsChanceBy(double margin) {
        return applies && questions > 0 && gain > margin;
    }
}
