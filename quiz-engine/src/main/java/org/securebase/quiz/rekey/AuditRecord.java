package org.securebase.quiz.rekey;

import java.time.Instant;
import java.util.List;
import org.securebase.model.Checks;
import org.securebase.model.question.QuestionRef;

/**
 * What a key change did, kept for appeals and accreditation: when, to which question, what
 * changed, why, and every attempt whose score changed with its old and new score.
 *
 * @param at when the change was made
 * @param quizId the quiz
 * @param ref the question changed
 * @param change what changed, in words (old and new key)
 * @param reason the instructor's reason
 * @param scores the attempts whose score changed
 * @since 0.1
 */
public record AuditRecord(Instant at, String quizId, QuestionRef ref, String change, String reason,
                          List<ScoreChange> scores) {

    /** Requires every part. */
    public AuditRecord {
        Checks.present(at, "time of a key change");
        Checks.id(quizId, "quiz of a key change");
        Checks.present(ref, "question of a key change");
        change = Checks.text(change, "description of a key change");
        reason = Checks.text(reason, "reason of a key change");
        scores = Checks.list(scores, "score changes");
    }

    /** The attempts that passed before and fail now, or the other way round. */
    public List<ScoreChange> passFailChanged() {
        return scores.stream().filter(ScoreChange::passFailChanged).toList();
    }
}
