package org.securebase.model.question;

import java.util.List;
import java.util.Optional;

/**
 * The options of a choice question, and the question as single choice, through the
 * {@link QuestionVisitor}: what code reading options (the audit, lint, distractor analysis)
 * needs without an {@code instanceof} chain over the family.
 *
 * @since 0.3
 */
public final class ChoiceOptions {
    private static final QuestionVisitor<List<ChoiceOption>> OPTIONS = new QuestionVisitor<>() {
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

        @Override
        public List<ChoiceOption> openResponse(OpenResponse question) {
            return List.of();
        }
    };

    private static final QuestionVisitor<Optional<SingleChoice>> SINGLE = new QuestionVisitor<>() {
        @Override
        public Optional<SingleChoice> singleChoice(SingleChoice question) {
            return Optional.of(question);
        }

        @Override
        public Optional<SingleChoice> multipleResponse(MultipleResponse question) {
            return Optional.empty();
        }

        @Override
        public Optional<SingleChoice> ordering(Ordering question) {
            return Optional.empty();
        }

        @Override
        public Optional<SingleChoice> matching(Matching question) {
            return Optional.empty();
        }

        @Override
        public Optional<SingleChoice> openResponse(OpenResponse question) {
            return Optional.empty();
        }
    };

    private ChoiceOptions() {
    }

    /** The options of a single-choice or multiple-response question as written; none for ordering, matching and open response. */
    public static List<ChoiceOption> of(Question question) {
        return question.accept(OPTIONS);
    }

    /** The question when it is single choice. */
    public static Optional<SingleChoice> singleChoice(Question question) {
        return question.accept(SINGLE);
    }
}
