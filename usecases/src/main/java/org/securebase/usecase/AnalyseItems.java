package org.securebase.usecase;

import java.time.Clock;
import org.securebase.model.Checks;
import org.securebase.quiz.analysis.Calibration;
import org.securebase.quiz.analysis.ItemAnalysis;
import org.securebase.quiz.analysis.MarkSheet;
import org.securebase.quiz.analysis.OptionAnalysis;
import org.securebase.quiz.analysis.RaschCalibration;
import org.securebase.quiz.results.FrozenQuizzes;
import org.securebase.quiz.results.KeyInForce;
import org.securebase.quiz.results.QuizResults;
import org.securebase.quiz.store.ResultStore;

/**
 * The item analysis and test statistics of a quiz over the attempts that count, one per
 * trainee (docs/item-analysis.md), with how many key changes it reflects.
 *
 * @since 0.3
 */
public final class AnalyseItems {
    private final Workspace workspace;
    private final Clock clock;

    /**
     * @param workspace the store
     * @param clock the clock of the results
     */
    public AnalyseItems(Workspace workspace, Clock clock) {
        this.workspace = Checks.present(workspace, "workspace");
        this.clock = Checks.present(clock, "clock");
    }

    /**
     * An item analysis of a quiz.
     *
     * @param quizId the quiz
     * @param analysis the item analysis and test statistics
     * @param keyChanges how many voids and re-keys were applied before it
     */
    public record ItemStatistics(String quizId, ItemAnalysis analysis, int keyChanges) {
        /** Checks the parts. */
        public ItemStatistics {
            Checks.present(quizId, "quiz id");
            Checks.present(analysis, "item analysis");
        }
    }

    /**
     * @param quizId a quiz in the store
     * @return its item analysis
     * @throws org.securebase.model.ModelException with fewer than two counted attempts
     */
    public ItemStatistics analyse(String quizId) {
        try (ResultStore store = workspace.open()) {
            return analyse(store, quizId);
        }
    }

    /**
     * The distractor analysis: every option chosen overall and by the top and bottom thirds, with
     * its flags (docs/item-analysis.md).
     *
     * @param quizId a quiz in the store
     * @return the analysis of its options
     * @throws org.securebase.model.ModelException with fewer than two counted attempts
     */
    public OptionAnalysis options(String quizId) {
        try (ResultStore store = workspace.open()) {
            FrozenQuizzes quizzes = new FrozenQuizzes(store);
            return OptionAnalysis.of(new QuizResults(quizzes).analysis(quizId), quizzes.require(quizId));
        }
    }

    /**
     * The Rasch calibration of the quiz's items over the counted attempts (decision 0080).
     *
     * @param quizId a quiz in the store
     * @return difficulties, their errors, fit and person separation
     */
    public Calibration rasch(String quizId) {
        try (ResultStore store = workspace.open()) {
            return RaschCalibration.of(MarkSheet.of(new QuizResults(store).counted(quizId)));
        }
    }

    static ItemStatistics analyse(ResultStore store, String quizId) {
        return new ItemStatistics(quizId, new QuizResults(store).analysis(quizId),
                new KeyInForce(store).changes(quizId).size());
    }
}
