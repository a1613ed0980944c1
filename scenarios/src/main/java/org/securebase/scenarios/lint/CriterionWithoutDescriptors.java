package org.securebase.scenarios.lint;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.securebase.model.question.OpenResponse;
import org.securebase.model.question.RubricCriterion;

/**
 * A rubric level without a descriptor leaves each grader to guess what it means, which is where
 * graders drift apart; described levels are what make ratings agree.
 *
 * @since 0.3
 */
public final class CriterionWithoutDescriptors extends OpenResponseRule {
    /** The rule name. */
    public static final String NAME = "criterion-without-descriptors";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return "every level of every rubric criterion says what an answer at that level does";
    }

    @Override
    public List<Finding> openResponse(OpenResponse q) {
        List<Finding> out = new ArrayList<>();
        if (q.rubric() == null) {
            return out;
        }
        for (RubricCriterion c : q.rubric().criteria()) {
            List<Integer> bare = c.undescribedLevels();
            if (!bare.isEmpty()) {
                out.add(Finding.question(q.id(), "criterion " + c.id() + " of question " + q.id() + " has no descriptor"
                        + " for level " + bare.stream().map(String::valueOf).collect(Collectors.joining(", "))
                        + ": write what an answer at each level does as the text of its <level>"));
            }
        }
        return out;
    }
}
