package org.securebase.scenarios.lint;

import java.util.List;
import org.securebase.model.question.Matching;
import org.securebase.model.question.MultipleResponse;
import org.securebase.model.question.OpenResponse;
import org.securebase.model.question.Ordering;
import org.securebase.model.question.SingleChoice;

/**
 * A matching question with no spare right-hand option: every right side belongs to one prompt,
 * so a trainee who knows all pairs but one gets the last without knowing it (the audit's
 * {@code last-pair-free} strategy). A {@code <distractor>} after the pairs removes the cue.
 *
 * @since 0.3
 */
public final class NoSpareMatch extends QuestionRule {
    /** The rule name. */
    public static final String NAME = "no-spare-match";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return "a matching question has a spare right-hand option, so the last pair is not free";
    }

    @Override
    public List<Finding> matching(Matching q) {
        if (!q.distractors().isEmpty()) {
            return List.of();
        }
        return List.of(Finding.question(q.id(), "matching question " + q.id() + " has no spare right-hand option:"
                + " the last pair is free to a trainee who knows the others; add a <distractor> after the pairs"));
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

    @Override
    public List<Finding> openResponse(OpenResponse q) {
        return List.of();
    }
}
