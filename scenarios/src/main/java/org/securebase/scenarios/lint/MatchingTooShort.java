package org.securebase.scenarios.lint;

import java.util.List;
import org.securebase.model.question.Matching;
import org.securebase.model.question.MultipleResponse;
import org.securebase.model.question.OpenResponse;
import org.securebase.model.question.Ordering;
import org.securebase.model.question.SingleChoice;

/**
 * A matching question with two pairs gives the second pair away once the first is matched.
 *
 * @since 0.1
 */
public final class MatchingTooShort extends QuestionRule {
    /** The rule name. */
    public static final String NAME = "matching-too-short";
    /** The fewest pairs that do not draw a warning. */
    public static final int MINIMUM = 3;

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return "a matching question has at least " + MINIMUM + " pairs";
    }

    @Override
    public List<Finding> matching(Matching q) {
        if (q.pairs().size() >= MINIMUM) {
            return List.of();
        }
        return List.of(Finding.question(q.id(), "matching question " + q.id() + " has only "
                + q.pairs().size() + " pairs: with fewer than " + MINIMUM + " the key is guessable"));
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

    @Override
    public List<Finding> ordering(Ordering q) {
        return List.of();
    }
}
