package org.securebase.scenarios.lint;

import java.util.List;
import org.securebase.model.question.OpenResponse;

/**
 * A rubric whose top levels add up to less than the question's points can never award full
 * marks: the best answer a grader can imagine still loses points (decision 0110).
 *
 * @since 0.3
 */
public final class RubricShortOfPoints extends OpenResponseRule {
    /** The rule name. */
    public static final String NAME = "rubric-short-of-points";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return "the top levels of an open response's rubric add up to at least the question's points";
    }

    @Override
    public List<Finding> openResponse(OpenResponse q) {
        return q.criteria().filter(r -> r.points() < q.points())
                .map(r -> List.of(Finding.question(q.id(), "the rubric of question " + q.id() + " awards at most "
                        + r.points() + " of its " + q.points() + " points: raise a criterion's top level or lower the"
                        + " question's points")))
                .orElse(List.of());
    }
}
