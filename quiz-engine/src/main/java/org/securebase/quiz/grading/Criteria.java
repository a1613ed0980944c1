package org.securebase.quiz.grading;

import java.util.ArrayList;
import java.util.List;
import org.securebase.model.question.OpenResponse;
import org.securebase.model.question.Rubric;
import org.securebase.model.question.RubricCriterion;
import org.securebase.model.question.RubricLevel;

/**
 * The criteria a grader rates an open answer on: the question's rubric, or, when it has none,
 * one holistic criterion ({@value #HOLISTIC}) with a level for every whole point from 0 to the
 * question's points (decision 0110).
 *
 * @since 0.3
 */
public final class Criteria {
    /** The id of the single criterion of a question without a rubric. */
    public static final String HOLISTIC = "holistic";

    private Criteria() {
    }

    /** The rubric graders use for the question. */
    public static Rubric of(OpenResponse q) {
        if (q.rubric() != null) {
            return q.rubric();
        }
        List<RubricLevel> levels = new ArrayList<>();
        for (int p = 0; p <= Math.max(1, q.points()); p++) {
            levels.add(new RubricLevel(p, p == 0 ? "Misses the point" : p + " of " + Math.max(1, q.points()) + " points"));
        }
        return new Rubric(List.of(new RubricCriterion(HOLISTIC, "The answer as a whole", Math.max(1, q.points()), levels)));
    }
}
