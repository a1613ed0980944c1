package org.securebase.scenarios.lint;

import java.util.List;
import org.securebase.model.question.Matching;
import org.securebase.model.question.MultipleResponse;
import org.securebase.model.question.Ordering;
import org.securebase.model.question.SingleChoice;

/**
 * A rule about open-response questions only: it has nothing to say about the four closed types
 * and states its finding for {@link #openResponse} alone.
 *
 * @since 0.3
 */
public abstract class OpenResponseRule extends QuestionRule {

    @Override
    public final List<Finding> singleChoice(SingleChoice q) {
        return List.of();
    }

    @Override
    public final List<Finding> multipleResponse(MultipleResponse q) {
        return List.of();
    }

    @Override
    public final List<Finding> ordering(Ordering q) {
        return List.of();
    }

    @Override
    public final List<Finding> matching(Matching q) {
        return List.of();
    }
}
