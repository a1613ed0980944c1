package org.securebase.quiz.store;

import java.time.Instant;
import java.util.Map;
import org.securebase.model.Checks;
import org.securebase.model.question.QuestionRef;

/**
 * What submitting an open attempt adds: the time, a mark for every recorded response, and
 * the score.
 *
 * @param submittedAt when the trainee submitted
 * @param marks the mark of each recorded response, by question
 * @param score the score
 * @param counted whether the quiz's attempt policy counts this attempt, as the caller decided
 * @since 0.1
 */
public record Submission(Instant submittedAt, Map<QuestionRef, Double> marks, StoredScore score, boolean counted) {

    /** Checks every part; marks are numbers ≥ 0. */
    public Submission {
        submittedAt = Values.time(submittedAt, "submission time");
        marks = Map.copyOf(Checks.present(marks, "marks of a submission"));
        marks.forEach((q, m) -> Values.points(m, "mark of " + q));
        Checks.present(score, "score of a submission");
    }
}
