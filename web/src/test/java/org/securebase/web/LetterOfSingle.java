package org.securebase.web;

import org.securebase.model.question.Matching;
import org.securebase.model.question.MultipleResponse;
import org.securebase.model.question.OpenResponse;
import org.securebase.model.question.Ordering;
import org.securebase.model.question.QuestionVisitor;
import org.securebase.model.question.SingleChoice;
import org.securebase.quiz.results.Sitting;
import org.securebase.quiz.scoring.Answer;

/** The letter the stored answer to the sitting's first question shows under, for a single-choice question. */
final class LetterOfSingle implements QuestionVisitor<String> {
    private final Sitting sitting;

    LetterOfSingle(Sitting sitting) {
        this.sitting = sitting;
    }

    @Override
    public String singleChoice(SingleChoice question) {
        Answer.Choice c = (Answer.Choice) sitting.answerTo(sitting.order().get(0)).orElseThrow();
        return sitting.variant().letterOf(sitting.order().get(0), c.positions().get(0));
    }

    @Override
    public String multipleResponse(MultipleResponse question) {
        return singleChoice(null);
    }

    @Override
    public String ordering(Ordering question) {
        throw new AssertionError("the golden quiz's first question is a choice question");
    }

    @Override
    public String matching(Matching question) {
        throw new AssertionError("the golden quiz's first question is a choice question");
    }

    @Override
    public String openResponse(OpenResponse question) {
        throw new AssertionError("the golden quiz's first question is a choice question");
    }
}
