package org.securebase.usecase;

import java.time.Clock;
import java.util.function.Function;
import org.securebase.model.Checks;
import org.securebase.quiz.assembly.Quiz;
import org.securebase.quiz.rekey.AuditRecord;
import org.securebase.quiz.rekey.KeyChange;
import org.securebase.quiz.results.FrozenQuizzes;
import org.securebase.quiz.results.KeyChanges;
import org.securebase.quiz.store.ResultStore;

/**
 * Voids or re-keys a question of a quiz and rescores every submitted attempt from its recorded
 * answers, keeping an audit record of each score that moved and whose pass or fail changed.
 *
 * @since 0.3
 */
public final class RescoreQuiz {
    private final Workspace workspace;
    private final Clock clock;

    /**
     * @param workspace the store
     * @param clock the time of the audit record
     */
    public RescoreQuiz(Workspace workspace, Clock clock) {
        this.workspace = Checks.present(workspace, "workspace");
        this.clock = Checks.present(clock, "clock");
    }

    /**
     * @param quizId a stored quiz
     * @param change the key change, made from the stored quiz (an interface reads the question and key from it)
     * @return the audit record
     * @throws org.securebase.model.ModelException when the question is not asked, the key does not fit, or it is
     *     already voided
     */
    public AuditRecord rescore(String quizId, Function<Quiz, KeyChange> change) {
        try (ResultStore store = workspace.open()) {
            Quiz quiz = new FrozenQuizzes(store).require(quizId);
            return new KeyChanges(store, clock).rescore(quizId, change.apply(quiz));
        }
    }
}
