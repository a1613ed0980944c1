package org.securebase.scenarios.lint;

import java.util.List;
import org.securebase.model.question.Matching;
import org.securebase.model.question.MultipleResponse;
import org.securebase.model.question.OpenResponse;
import org.securebase.model.question.Ordering;
import org.securebase.model.question.Question;
import org.securebase.model.question.SingleChoice;

/**
 * Ordering and matching questions have no per-option feedback, so they need general feedback
 * explaining the key.
 *
 * @since 0.1
 */
public final class GeneralFeedback extends QuestionRule {
    /** The rule name. */
    public static final String NAME = "general-feedback";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return "every ordering or matching question has general feedback explaining the key";
    }

    @Override
    public List<Finding> ordering(Ordering q) {
        return missing(q, "items");
    }

    @Override
    public List<Finding> matching(Matching q) {
        return missing(q, "pairs");
    }

    @Override
    public List<Finding> openResponse(OpenResponse q) {
        return List.of();
    }

    @Override
    public List<Finding> singleChoice(SingleChoice q) {
        return List.of();
    }

    @Override
    public List<Finding> multipleResponse(MultipleResponse q) {
        return List.of();
    }

    private static List<Finding> missing(Question q, String parts) {
        if (q.feedback() != null) {
            return List.of();
        }
        return List.of(Finding.question(q.id(), q.typeName() + " question " + q.id()
                + " has no general feedback: add <feedback> after its " + parts + " explaining the key"));
    }
}
