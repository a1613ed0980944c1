package org.securebase.model.question;

import java.util.List;
import java.util.Optional;

/**
 * The parts a question shows, read the same way by delivery, handouts and item analysis: its
 * options when it is a choice question, and how many places it arranges (options, items or
 * right-hand options, spares included). Both go through {@link QuestionVisitor}, so a new
 * question type must say what it shows.
 *
 * @since 0.2
 */
public final class QuestionLayout {
    private static final QuestionVisitor<Optional<List<ChoiceOption>>> OPTIONS = new QuestionVisitor<>() {
        @Override
        public Optional<List<ChoiceOption>> singleChoice(SingleChoice question) {
            return Optional.of(question.options());
        }

        @Override
        public Optional<List<ChoiceOption>> multipleResponse(MultipleResponse question) {
            return Optional.of(question.options());
        }

        @Override
        public Optional<List<ChoiceOption>> ordering(Ordering question) {
            return Optional.empty();
        }

        @Override
        public Optional<List<ChoiceOption>> matching(Matching question) {
            return Optional.empty();
        }

        @Override
        public Optional<List<ChoiceOption>> openResponse(OpenResponse question) {
            return Optional.empty();
        }
    };

    private static final QuestionVisitor<Integer> PLACES = new QuestionVisitor<>() {
        @Override
        public Integer singleChoice(SingleChoice question) {
            return question.options().size();
        }

        @Override
        public Integer multipleResponse(MultipleResponse question) {
            return question.options().size();
        }

        @Override
        public Integer ordering(Ordering question) {
            return question.items().size();
        }

        @Override
        public Integer matching(Matching question) {
            return question.rights().size();
        }

        @Override
        public Integer openResponse(OpenResponse question) {
            return 0;
        }
    };

    private static final QuestionVisitor<Optional<OpenResponse>> OPEN = new QuestionVisitor<>() {
        @Override
        public Optional<OpenResponse> singleChoice(SingleChoice question) {
            return Optional.empty();
        }

        @Override
        public Optional<OpenResponse> multipleResponse(MultipleResponse question) {
            return Optional.empty();
        }

        @Override
        public Optional<OpenResponse> ordering(Ordering question) {
            return Optional.empty();
        }

        @Override
        public Optional<OpenResponse> matching(Matching question) {
            return Optional.empty();
        }

        @Override
        public Optional<OpenResponse> openResponse(OpenResponse question) {
            return Optional.of(question);
        }
    };

    private QuestionLayout() {
    }

    /**
     * The question when a person grades it (an open response); empty for the types scored by rule.
     *
     * @since 0.3
     */
    public static Optional<OpenResponse> openResponse(Question question) {
        return question.accept(OPEN);
    }

    /** The options of a single-choice or multiple-response question; empty for the other types. */
    public static Optional<List<ChoiceOption>> options(Question question) {
        return question.accept(OPTIONS);
    }

    /** How many places the question arranges: its options, items or right-hand options (pairs and spares); none for an open response. */
    public static int places(Question question) {
        return question.accept(PLACES);
    }
}
