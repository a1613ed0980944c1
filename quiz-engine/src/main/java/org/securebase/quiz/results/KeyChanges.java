package org.securebase.quiz.results;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.securebase.model.Checks;
import org.securebase.model.ModelException;
import org.securebase.model.question.QuestionRef;
import org.securebase.quiz.assembly.Quiz;
import org.securebase.quiz.delivery.ScoredAttempt;
import org.securebase.quiz.rekey.AuditRecord;
import org.securebase.quiz.rekey.KeyChange;
import org.securebase.quiz.rekey.Rescoring;
import org.securebase.quiz.scoring.AnswerKey;
import org.securebase.quiz.scoring.Mark;
import org.securebase.quiz.store.AttemptRescore;
import org.securebase.quiz.store.MarkedAttempt;
import org.securebase.quiz.store.MarkedResponse;
import org.securebase.quiz.store.Rescore;
import org.securebase.quiz.store.RescoreKind;
import org.securebase.quiz.store.ResultStore;
import org.securebase.quiz.store.StoredAttempt;
import org.securebase.quiz.store.StoredScore;

/**
 * Voids or re-keys a question of a quiz and rescores every submitted attempt from its recorded
 * answers, storing the audit record with each changed mark and score in one transaction: the
 * audit record is the only record of the change, from which {@link KeyInForce} replays the key.
 *
 * @since 0.3
 */
public final class KeyChanges {
    private final ResultStore store;
    private final Clock clock;
    private final FrozenQuizzes quizzes;
    private final KeyInForce keys;

    /**
     * @param store the open result store; the caller closes it
     * @param clock the time of the rescore
     */
    public KeyChanges(ResultStore store, Clock clock) {
        this.store = Checks.present(store, "result store");
        this.clock = Checks.present(clock, "clock");
        this.quizzes = new FrozenQuizzes(store);
        this.keys = new KeyInForce(store);
    }

    /**
     * @param quizId a frozen quiz
     * @param change the key change with its reason
     * @return the audit record: old and new score of every attempt that moved, and whose pass/fail flipped
     * @throws ModelException when the question is not asked, the new key does not fit, or it is already voided
     */
    public AuditRecord rescore(String quizId, KeyChange change) {
        Quiz quiz = quizzes.require(quizId);
        if (!quiz.asks(change.ref())) {
            throw new ModelException("quiz " + quizId + " does not ask " + change.ref());
        }
        AnswerKey current = keys.of(quiz);
        if (change instanceof KeyChange.Voiding && current.isVoided(change.ref())) {
            throw new ModelException(change.ref() + " is already voided in quiz " + quizId + "; nothing was changed");
        }
        List<MarkedAttempt> stored = new ArrayList<>();
        List<ScoredAttempt> scored = new ArrayList<>();
        Map<Long, Map<QuestionRef, Mark>> marks = Stored.gradersMarks(store, quiz);
        for (StoredAttempt a : store.attemptsOf(quizId)) {
            if (a instanceof MarkedAttempt s) {
                stored.add(s);
                scored.add(Stored.scored(quiz, current, marks, s));
            }
        }
        Instant at = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        Rescoring rescoring = Rescoring.apply(quiz, current, scored, change, at);
        List<AttemptRescore> changed = new ArrayList<>();
        for (int i = 0; i < stored.size(); i++) {
            MarkedAttempt before = stored.get(i);
            ScoredAttempt after = rescoring.attempts().get(i);
            Map<QuestionRef, Double> newMarks = Stored.marks(after);
            Map<QuestionRef, Double> moved = new HashMap<>();
            for (MarkedResponse m : before.responses()) {
                Double mark = newMarks.get(m.question());
                if (mark != null && Math.abs(mark - m.mark()) > 1e-12) {
                    moved.put(m.question(), mark);
                }
            }
            StoredScore score = Stored.score(quizId, after.report());
            if (!moved.isEmpty() || !Stored.sameScore(score, before.score())) {
                changed.add(new AttemptRescore(before.id(), moved, score));
            }
        }
        boolean voiding = change instanceof KeyChange.Voiding;
        String newKey = change instanceof KeyChange.Rekeying k ? k.key().encode() : null;
        store.rescore(new Rescore(quizId, change.ref(), voiding ? RescoreKind.VOID : RescoreKind.REKEY,
                current.key(change.ref()).encode(), newKey, change.reason(), at, changed));
        return rescoring.audit();
    }
}
