package org.securebase.scenarios.lint;

import java.util.List;
import org.securebase.model.question.OpenResponse;

/**
 * An open-response question needs both a rubric (what graders judge) and a model answer (what
 * full marks look like); without either, two graders mark the same answer differently.
 *
 * @since 0.3
 */
public final class OpenResponseUnguided extends OpenResponseRule {
    /** The rule name. */
    public static final String NAME = "open-response-unguided";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return "every open-response question has a rubric and a model answer to guide its graders";
    }

    @Override
    public List<Finding> openResponse(OpenResponse q) {
        String lacks;
        if (q.rubric() == null && q.modelAnswer() == null) {
            lacks = "has neither a rubric nor a model answer: add <rubric> and <model-answer>";
        } else if (q.rubric() == null) {
            lacks = "has no rubric: add <rubric> with a criterion for each thing graders judge";
        } else if (q.modelAnswer() == null) {
            lacks = "has no model answer: add <model-answer> showing what full marks look like";
        } else {
            return List.of();
        }
        return List.of(Finding.question(q.id(), "open-response question " + q.id() + " " + lacks
                + ", so graders judge it alike"));
    }
}
