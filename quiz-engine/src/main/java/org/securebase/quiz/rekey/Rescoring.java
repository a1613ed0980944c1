package org.securebase.quiz.rekey;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.securebase.model.Checks;
import org.securebase.model.ModelException;
import org.securebase.quiz.assembly.Quiz;
import org.securebase.quiz.delivery.ScoredAttempt;
import org.securebase.quiz.scoring.AnswerKey;

/**
 * The outcome of a key change: the new answer key, every attempt rescored under it, and the
 * audit record.
 *
 * @param key the answer key now in force
 * @param attempts every attempt given, rescored, in the same order
 * @param audit what changed and whose scores moved
 * @since 0.1
 */
public record Rescoring(AnswerKey key, List<ScoredAttempt> attempts, AuditRecord audit) {

    /** Copies the attempts. */
    public Rescoring {
        Checks.present(key, "answer key");
        attempts = Checks.list(attempts, "rescored attempts");
        Checks.present(audit, "audit record");
    }

    /**
     * Applies a key change to a quiz's key and rescores its attempts.
     *
     * @param attempts the scored attempts of this quiz, all under {@code current}
     * @throws ModelException when an attempt belongs to another quiz or was scored under another key
     */
    public static Rescoring apply(Quiz quiz, AnswerKey current, List<ScoredAttempt> attempts, KeyChange change, Instant at) {
        current.checkFits(quiz);
        AnswerKey next = change.applyTo(current, quiz);
        List<ScoredAttempt> rescored = new ArrayList<>();
        List<ScoreChange> changes = new ArrayList<>();
        for (ScoredAttempt a : attempts) {
            if (!a.header().quiz().id().equals(quiz.id())) {
                throw new ModelException("attempt " + a.header().label() + " is of quiz " + a.header().quiz().id()
                        + ", not of quiz " + quiz.id());
            }
            if (!a.key().equals(current)) {
                throw new ModelException("attempt " + a.header().label()
                        + " was scored under another key than the one being changed: rescore it first");
            }
            ScoredAttempt after = a.rescore(next);
            rescored.add(after);
            ScoreChange c = ScoreChange.of(a.header().label(), a.header().traineeId(), a.report(), after.report());
            if (c.changed()) {
                changes.add(c);
            }
        }
        return new Rescoring(next, rescored, new AuditRecord(at, quiz.id(), change.ref(), change.describe(current),
                change.reason(), changes));
    }
}
