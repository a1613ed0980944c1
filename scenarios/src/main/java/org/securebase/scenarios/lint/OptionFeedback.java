package org.securebase.scenarios.lint;

import java.util.ArrayList;
import java.util.List;
import org.securebase.model.question.ChoiceOption;
import org.securebase.model.question.MultipleResponse;
import org.securebase.model.question.Question;
import org.securebase.model.question.SingleChoice;
import org.securebase.model.vignette.Vignette;

/**
 * Every option of a choice question should say why it is right or why it tempts: feedback on
 * distractors is where trainees learn most.
 *
 * @since 0.1
 */
public final class OptionFeedback implements LintRule {
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
    public List<Finding> check(Vignette vignette) {
        List<Finding> out = new ArrayList<>();
        for (Question q : vignette.questions()) {
            List<ChoiceOption> options = Choices.options(q);
            for (int i = 0; i < options.size(); i++) {
                if (options.get(i).feedback() == null) {
                    out.add(Finding.option(q.id(), i + 1, "option " + (i + 1) + " of question " + q.id()
                            + " has no feedback: add <feedback> saying why it is right or why it tempts"));
                }
            }
        }
        return out;
    }

    /** Options of choice questions; none for other types. */
    static final class Choices {
        private Choices() {
        }

        static List<ChoiceOption> options(Question q) {
            if (q instanceof SingleChoice s) {
                return s.options();
            }
            if (q instanceof MultipleResponse m) {
                return m.options();
            }
            return List.of();
        }
    }
}
