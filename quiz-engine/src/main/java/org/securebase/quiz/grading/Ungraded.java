package org.securebase.quiz.grading;

import org.securebase.model.Checks;
import org.securebase.model.question.OpenResponse;
import org.securebase.model.question.QuestionRef;
import org.securebase.model.vignette.Vignette;

/**
 * An open answer as a grader sees it: blind, so it carries the attempt's store id (to save the
 * rating against) but never the trainee's name or id.
 *
 * @param attemptId the attempt, for saving the rating
 * @param ref the question
 * @param vignette the case the question is about
 * @param question the question with its rubric and model answer
 * @param text the answer as the trainee typed it
 * @param role the rating this grader gives: first, or second for the agreement share
 * @since 0.3
 */
public record Ungraded(long attemptId, QuestionRef ref, Vignette vignette, OpenResponse question, String text,
                       RatingRole role) {

    /** Requires every part. */
    public Ungraded {
        Checks.present(ref, "question of an ungraded answer");
        Checks.present(vignette, "case of " + ref);
        Checks.present(question, "question " + ref);
        Checks.present(text, "answer to " + ref);
        Checks.present(role, "role of the rating of " + ref);
    }
}
