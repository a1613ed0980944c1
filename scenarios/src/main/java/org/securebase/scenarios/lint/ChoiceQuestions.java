package org.securebase.scenarios.lint;

import java.util.List;
import org.securebase.model.question.ChoiceOption;
import org.securebase.model.question.Matching;
import org.securebase.model.question.MultipleResponse;
import org.securebase.model.question.Ordering;
import org.securebase.model.question.Question;
import org.securebase.model.question.QuestionVisitor;
import org.securebase.model.question.SingleChoice;

/** The options of a choice question through the question visitor; none for ordering and matching. */
final class ChoiceQuestions implements QuestionVisitor<List<ChoiceOption>> {
    private static final ChoiceQuestions INSTANCE = new ChoiceQuestions();

    private ChoiceQuestions() {
    }

    /** The options of a single-choice or multiple-response question, empty for the other types. */
    static List<ChoiceOption> options(Question q) {
        return q.accept(INSTANCE);
    }

    @Override
    public List<ChoiceOption> singleChoice(SingleChoice question) {
        return question.options();
    }

    @Override
    public List<ChoiceOption> multipleResponse(MultipleResponse question) {
        return question.options();
    }

    @Override
    public List<ChoiceOption> ordering(Ordering question) {
        return List.of();
    }

    @Override
    public List<ChoiceOption> matching(Matching question) {
        return List.of();
    }
}
