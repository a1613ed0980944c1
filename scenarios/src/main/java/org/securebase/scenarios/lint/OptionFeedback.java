package org.securebase.scenarios.lint;

import java.util.ArrayList;
import java.util.List;
import org.securebase.model.question.ChoiceOption;
import org.securebase.model.question.Matching;
import org.securebase.model.question.MultipleResponse;
import org.securebase.model.question.OpenResponse;
import org.securebase.model.question.Ordering;
import org.securebase.model.question.Question;
import org.securebase.model.question.SingleChoice;

/**
 * Every option of a choice question should say why it is right or why it tempts: feedback on
 * distractors is where trainees learn most.
 *
 * @since 0.1
 */
public final class OptionFeedback extends QuestionRule {
    /** The rule name. */
    public static final String NAME = "option-feedback";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return "every option of a single-choice or multiple-response question has feedback";
    }

    @Override
    public List<Finding> singleChoice(SingleChoice q) {
        return missing(q, q.options());
    }

    @Override
    public List<Finding> multipleResponse(MultipleResponse q) {
        return missing(q, q.options());
    }

    @Override
    public List<Finding> ordering(Ordering q) {
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

    private static List<Finding> missing(Question q, List<ChoiceOption> options) {
        List<Finding> out = new ArrayList<>();
        for (int i = 0; i < options.size(); i++) {
            if (options.get(i).feedback() == null) {
                out.add(Finding.option(q.id(), i + 1, "option " + (i + 1) + " of question " + q.id()
                        + " has no feedback: add <feedback> saying why it is right or why it tempts"));
            }
        }
        return out;
    }
}
