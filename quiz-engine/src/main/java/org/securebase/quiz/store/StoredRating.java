package org.securebase.quiz.store;

import java.time.Instant;
import org.securebase.model.Checks;
import org.securebase.model.ModelException;
import org.securebase.model.question.QuestionRef;

/**
 * A grader's rating of one open answer as the store keeps it: the levels as opaque text (the
 * engine's {@code criterion=level} form), the role (first, second or third) as its name.
 *
 * @param attemptId the attempt
 * @param question the question
 * @param role {@code first}, {@code second} or {@code third}
 * @param grader who rated it
 * @param levels the levels reached, e.g. {@code emotion=3 pace=2}
 * @param comment the grader's comment, or null
 * @param ratedAt when
 * @since 0.3
 */
public record StoredRating(long attemptId, QuestionRef question, String role, String grader, String levels,
                           String comment, Instant ratedAt) {

    /** Requires every part but the comment. */
    public StoredRating {
        Checks.present(question, "question of a rating");
        if (!role.equals("first") && !role.equals("second") && !role.equals("third")) {
            throw new ModelException("the role of a rating must be first, second or third, was '" + role + "'");
        }
        grader = Checks.text(grader, "grader of a rating");
        levels = Checks.text(levels, "levels of a rating");
        comment = Checks.optionalText(comment);
        Checks.present(ratedAt, "time of a rating");
    }
}
