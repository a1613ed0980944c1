package org.securebase.scenarios.lint;

import java.util.List;
import org.securebase.model.question.ChoiceOption;
import org.securebase.model.question.Matching;
import org.securebase.model.question.MultipleResponse;
import org.securebase.model.question.OpenResponse;
import org.securebase.model.question.Ordering;
import org.securebase.model.question.Question;
import org.securebase.model.question.SingleChoice;

/**
 * The key should not stand out by length: test-wise trainees pick the longest option. Fires in
 * single-choice when the correct option is longer than 1.5 times the longest distractor, and in
 * multiple-response when every correct option is longer than 1.5 times the longest wrong one.
 *
 * @since 0.1
 */
public final class LongCorrectOption extends QuestionRule {
    /** The rule name. */
    public static final String NAME = "long-correct-option";
    /** How much longer than the longest distractor a key may be. */
    public static final double RATIO = 1.5;

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return "the correct option is not much longer (1.5×) than the longest distractor";
    }

    @Override
    public List<Finding> singleChoice(SingleChoice q) {
        return standsOut(q, q.options());
    }

    @Override
    public List<Finding> multipleResponse(MultipleResponse q) {
        return standsOut(q, q.options());
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

    private static List<Finding> standsOut(Question q, List<ChoiceOption> options) {
        int longestWrong = options.stream().filter(o -> !o.correct()).mapToInt(o -> o.text().length()).max().orElse(0);
        List<ChoiceOption> correct = options.stream().filter(ChoiceOption::correct).toList();
        if (longestWrong > 0 && correct.stream().allMatch(o -> o.text().length() > RATIO * longestWrong)) {
            int shortestCorrect = correct.stream().mapToInt(o -> o.text().length()).min().orElse(0);
            return List.of(Finding.question(q.id(), (correct.size() == 1 ? "the correct option" : "every correct option")
                    + " of question " + q.id() + " is much longer than the distractors (" + shortestCorrect
                    + " against at most " + longestWrong + " characters): trainees can guess it by length"));
        }
        return List.of();
    }
}
