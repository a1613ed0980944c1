package org.securebase.scenarios.lint;

import java.util.List;
import org.securebase.model.question.Matching;
import org.securebase.model.question.MultipleResponse;
import org.securebase.model.question.OpenResponse;
import org.securebase.model.question.Ordering;
import org.securebase.model.question.SingleChoice;

/**
 * An ordering question with two items is a coin toss; three or more make it worth asking.
 *
 * @since 0.1
 */
public final class OrderingTooShort extends QuestionRule {
    /** The rule name. */
    public static final String NAME = "ordering-too-short";
    /** The fewest items that do not draw a warning. */
    public static final int MINIMUM = 3;

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return "an ordering question has at least " + MINIMUM + " items";
    }

    @Override
    public List<Finding> ordering(Ordering q) {
        if (q.items().size() >= MINIMUM) {
            return List.of();
        }
        return List.of(Finding.question(q.id(), "ordering question " + q.id() + " has only "
                + q.items().size() + " items: with fewer than " + MINIMUM + " the order is guessable"));
    }

    @Override
    public List<Finding> singleChoice(SingleChoice q) {
        return List.of();
    }

    @Override
    public List<Finding> multipleResponse(MultipleResponse q) {
        return List.of();
    }

    @Override
    public List<Finding> matching(Matching q) {
        return List.of();
    }

    @Override
    public List<Finding> openResponse(OpenResponse q) {
        return List.of();
    }
}
