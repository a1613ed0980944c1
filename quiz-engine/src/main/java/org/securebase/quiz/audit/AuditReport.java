package org.securebase.quiz.audit;

import java.util.List;

/**
 * The test-wiseness audit of a set of questions: how each content-free strategy does against
 * chance, which strategies win each question, and the cues behind them.
 *
 * @param questions per question, in the order audited
 * @param strategies per strategy, in {@link Strategy} order
 * @param sameLetter the written position (1 = A) the same-letter strategy picks: the one keyed most often
 * @param letterScores the mean credit of always picking each letter, index 0 for A
 * @param optionsShuffled whether delivery shuffles options (then the same-letter strategy does not apply)
 * @param cues the library-wide cues
 * @since 0.3
 */
public record AuditReport(List<QuestionAudit> questions, List<StrategyResult> strategies, int sameLetter,
                          List<Double> letterScores, boolean optionsShuffled, Cues cues) {

    /** The default margin of {@code --strict}: 5 percentage points above chance. */
    public static final double DEFAULT_MARGIN = 0.05;

    /** Copies the lists. */
    public AuditReport {
        questions = List.copyOf(questions);
        strategies = List.copyOf(strategies);
        letterScores = List.copyOf(letterScores);
    }

    /** The strategies that beat chance by more than the margin (a share: 0.05 for 5 points). */
    public List<StrategyResult> beatingChanceBy(double margin) {
        return strategies.stream().filter(s -> s.beatsChanceBy(margin)).toList();
    }

    /** The result of one strategy. */
    public StrategyResult strategy(Strategy s) {
        return strategies.stream().filter(r -> r.strategy() == s).findFirst().orElseThrow();
    }
}
