package org.securebase.quiz.delivery;

import java.util.List;
import java.util.Optional;
import org.securebase.model.Checks;
import org.securebase.model.question.QuestionRef;

/**
 * A question as one trainee sees it before submitting: texts under delivery letters, in the
 * variant's order, and nothing else. These types hold no key, no correctness flag, no feedback
 * and no written positions (for ordering questions the written order is the key), so trainee-facing
 * code built on them cannot reveal the answer.
 *
 * @since 0.1
 */
public sealed interface DeliveredQuestion
        permits DeliveredQuestion.Choice, DeliveredQuestion.OrderingTask, DeliveredQuestion.MatchingTask,
        DeliveredQuestion.WritingTask {

    /** The question's reference (vignette and question id, which say nothing about the key). */
    QuestionRef ref();

    /** The question's number in this delivery, from 1. */
    int number();

    /** The question text. */
    String stem();

    /** What it is worth. */
    int points();

    /**
     * Applies the operation for this question's kind.
     *
     * @since 0.2
     */
    <R> R accept(DeliveredQuestionVisitor<R> visitor);

    /**
     * A single-choice or multiple-response question.
     *
     * @param ref the question
     * @param number its number in delivery
     * @param stem the question text
     * @param points what it is worth
     * @param selectAll true for "select all that apply", false for "choose one"
     * @param options the options under their letters, in delivery order
     */
    record Choice(QuestionRef ref, int number, String stem, int points, boolean selectAll,
                  List<Lettered> options) implements DeliveredQuestion {
        /** Copies the options. */
        public Choice {
            options = Checks.nonEmpty(options, "options of " + ref);
        }

        @Override
        public <R> R accept(DeliveredQuestionVisitor<R> visitor) {
            return visitor.choice(this);
        }
    }

    /**
     * An ordering question: put the lettered items in order.
     *
     * @param ref the question
     * @param number its number in delivery
     * @param stem the question text
     * @param points what it is worth
     * @param items the items under their letters, shuffled
     */
    record OrderingTask(QuestionRef ref, int number, String stem, int points, List<Lettered> items)
            implements DeliveredQuestion {
        /** Copies the items. */
        public OrderingTask {
            items = Checks.nonEmpty(items, "items of " + ref);
        }

        @Override
        public <R> R accept(DeliveredQuestionVisitor<R> visitor) {
            return visitor.ordering(this);
        }
    }

    /**
     * A matching question: give each numbered left side the letter of its right side.
     *
     * @param ref the question
     * @param number its number in delivery
     * @param stem the question text
     * @param points what it is worth
     * @param lefts the left sides, numbered 1, 2, … in this order
     * @param rights the right sides under their letters, shuffled
     */
    record MatchingTask(QuestionRef ref, int number, String stem, int points, List<String> lefts,
                        List<Lettered> rights) implements DeliveredQuestion {
        /** Copies the sides. */
        public MatchingTask {
            lefts = Checks.nonEmpty(lefts, "left sides of " + ref);
            rights = Checks.nonEmpty(rights, "right sides of " + ref);
        }

        @Override
        public <R> R accept(DeliveredQuestionVisitor<R> visitor) {
            return visitor.matching(this);
        }
    }

    /**
     * An open response: the trainee writes an answer in their own words. Neither the rubric nor
     * the model answer is here; graders see those.
     *
     * @param ref the question
     * @param number its number in delivery
     * @param stem the question text
     * @param points what it is worth
     * @param maxLength the most characters the answer may have, or null for no limit
     * @since 0.3
     */
    record WritingTask(QuestionRef ref, int number, String stem, int points, Integer maxLength)
            implements DeliveredQuestion {
        @Override
        public <R> R accept(DeliveredQuestionVisitor<R> visitor) {
            return visitor.writing(this);
        }
    }

    /**
     * This question when the trainee writes the answer; empty for the lettered kinds.
     *
     * @since 0.3
     */
    default Optional<WritingTask> writing() {
        return accept(new DeliveredQuestionVisitor<Optional<WritingTask>>() {
            @Override
            public Optional<WritingTask> choice(Choice question) {
                return Optional.empty();
            }

            @Override
            public Optional<WritingTask> ordering(OrderingTask question) {
                return Optional.empty();
            }

            @Override
            public Optional<WritingTask> matching(MatchingTask question) {
                return Optional.empty();
            }

            @Override
            public Optional<WritingTask> writing(WritingTask question) {
                return Optional.of(question);
            }
        });
    }

    /**
     * A text shown under a delivery letter.
     *
     * @param letter A, B, C…
     * @param text what the trainee reads
     */
    record Lettered(String letter, String text) {
        /** Requires both. */
        public Lettered {
            Checks.text(letter, "delivery letter");
            Checks.text(text, "delivered text");
        }
    }
}
