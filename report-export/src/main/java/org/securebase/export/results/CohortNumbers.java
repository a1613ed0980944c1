package org.securebase.export.results;

import java.util.function.Consumer;
import org.securebase.export.gradebook.ChartData;
import org.securebase.model.ModelException;
import org.securebase.quiz.analysis.AttemptTally;
import org.securebase.quiz.analysis.ItemAnalysis;
import org.securebase.quiz.delivery.ScoredAttempt;

/**
 * What a gradebook shows about a cohort as a whole, gathered in one pass over its counted
 * attempts while keeping only compact numbers of each: how many there are, their item analysis
 * and the chart numbers, so no cohort is ever held as attempts (see {@link GradebookContent#spool}).
 *
 * @param attempts how many counted attempts, ≥ 0
 * @param analysis their item analysis (by an {@link AttemptTally}, as {@link ItemAnalysis#of(java.util.List)} makes it),
 *        or null with fewer than 2 attempts
 * @param charts the chart numbers, or null without attempts
 * @since 0.2
 */
public record CohortNumbers(int attempts, ItemAnalysis analysis, ChartData charts) {

    /** Requires a count ≥ 0, an analysis with 2 or more attempts only and charts with 1 or more. */
    public CohortNumbers {
        if (attempts < 0) {
            throw new ModelException("a cohort has ≥ 0 attempts, was " + attempts);
        }
        if ((analysis != null) != (attempts >= 2)) {
            throw new ModelException("a cohort of " + attempts + " attempts " + (attempts >= 2 ? "needs" : "cannot have")
                    + " an item analysis");
        }
        if ((charts != null) != (attempts >= 1)) {
            throw new ModelException("a cohort of " + attempts + " attempts " + (attempts >= 1 ? "needs" : "cannot have")
                    + " chart numbers");
        }
    }

    /**
     * Reads the counted attempts once, handing each to {@code alsoEach} as well (the rows of
     * {@link GradebookContent#spool}).
     *
     * @param counted the attempts that count at one quiz, one per trainee, all under the key in force; the
     *     item analysis leaves out those awaiting grading, whose totals are provisional
     * @return their numbers
     */
    static CohortNumbers of(Iterable<ScoredAttempt> counted, Consumer<ScoredAttempt> alsoEach) {
        AttemptTally items = new AttemptTally();
        GradebookContent.ChartTally charts = new GradebookContent.ChartTally();
        int n = 0;
        for (ScoredAttempt a : counted) {
            if (!a.report().awaitingGrading()) {
                items.add(a);
            }
            charts.add(a);
            alsoEach.accept(a);
            n++;
        }
        return new CohortNumbers(n, items.attempts() < 2 ? null : items.analysis(), n < 1 ? null : charts.charts());
    }
}
