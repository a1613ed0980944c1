package org.securebase.usecase;

import java.util.List;
import org.securebase.model.Checks;
import org.securebase.quiz.analysis.ItemAnalysis;
import org.securebase.quiz.delivery.ScoredAttempt;
import org.securebase.quiz.results.QuizResults;

/**
 * What an instructor watching a live delivery reads: the attempts submitted so far and the item
 * analysis over those that count. Obtained from {@link DeliverAttempt#room()}, so it reads
 * through the delivery's open store and frozen quizzes.
 *
 * @since 0.3
 */
public final class WatchRoom {
    private final QuizResults results;

    WatchRoom(QuizResults results) {
        this.results = Checks.present(results, "results");
    }

    /**
     * @param quizId a frozen quiz
     * @return every submitted attempt at it, scored under the key in force, by trainee and number
     */
    public List<ScoredAttempt> submitted(String quizId) {
        return results.scored(quizId);
    }

    /**
     * @param quizId a frozen quiz
     * @return the item analysis over the attempts that count (at least two needed)
     */
    public ItemAnalysis analysis(String quizId) {
        return results.analysis(quizId);
    }
}
