package org.securebase.quiz.results;

import java.util.List;
import org.securebase.model.Checks;
import org.securebase.quiz.assembly.Quiz;
import org.securebase.quiz.scoring.AnswerKey;
import org.securebase.quiz.scoring.Key;
import org.securebase.quiz.store.RescoreKind;
import org.securebase.quiz.store.RescoreRecord;
import org.securebase.quiz.store.ResultStore;

/**
 * The answer key in force at a quiz. It is never stored whole: it is the key the authors wrote
 * (frozen with the quiz's content) with every key change of the quiz's audit records applied in
 * order, a void voiding its question and a re-key setting the recorded new key, so the audit
 * trail is the only record of key changes and cannot disagree with the key (decision 0040).
 * Each use case reads it once per quiz (one indexed query of the quiz's audit records) and
 * scores all it records or reads with it.
 *
 * @since 0.3
 */
public final class KeyInForce {
    private final ResultStore store;

    /** @param store the open result store; the caller closes it */
    public KeyInForce(ResultStore store) {
        this.store = Checks.present(store, "result store");
    }

    /**
     * @param quiz a frozen quiz
     * @return its key now: the authors' key with every recorded key change applied in order
     */
    public AnswerKey of(Quiz quiz) {
        AnswerKey key = AnswerKey.of(quiz);
        for (RescoreRecord r : store.rescoresOf(quiz.id())) {
            if (r.kind() == RescoreKind.VOID) {
                key = key.withVoided(r.question());
            } else {
                key = key.withKey(r.question(), Key.parse(r.newKey()));
            }
        }
        return key;
    }

    /**
     * @param quizId a quiz id
     * @return the audit records of its key changes, oldest first
     */
    public List<RescoreRecord> changes(String quizId) {
        return store.rescoresOf(quizId);
    }
}
