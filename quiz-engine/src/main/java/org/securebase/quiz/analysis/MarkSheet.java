package org.securebase.quiz.analysis;

import java.util.List;
import org.securebase.model.Checks;
import org.securebase.model.ModelException;
import org.securebase.model.question.QuestionRef;
import org.securebase.quiz.delivery.ScoredAttempt;

/**
 * The marks item analysis works on: one row per scored attempt, one column per question that
 * counts (voided questions are left out), with each question's maximum mark.
 *
 * @param items the questions, in the quiz's canonical order
 * @param maxMarks the maximum mark of each item, positive
 * @param rows one per attempt
 * @since 0.1
 */
public record MarkSheet(List<QuestionRef> items, List<Double> maxMarks, List<Row> rows) {

    /** Requires a mark for every item in every row, between 0 and the item's maximum. */
    public MarkSheet {
        items = Checks.nonEmpty(items, "items of a mark sheet");
        maxMarks = Checks.list(maxMarks, "maximum marks");
        rows = Checks.list(rows, "rows of a mark sheet");
        if (maxMarks.size() != items.size()) {
            throw new ModelException("a mark sheet has " + items.size() + " items but " + maxMarks.size() + " maximum marks");
        }
        for (int i = 0; i < items.size(); i++) {
            checkMaxMark(items.get(i), maxMarks.get(i));
        }
        for (Row r : rows) {
            if (r.marks().size() != items.size()) {
                throw new ModelException("attempt " + r.attemptId() + " has " + r.marks().size() + " marks for "
                        + items.size() + " items");
            }
            for (int i = 0; i < items.size(); i++) {
                checkMark(r.attemptId(), items.get(i), r.marks().get(i), maxMarks.get(i));
            }
        }
    }

    /**
     * One attempt's marks.
     *
     * @param attemptId the attempt
     * @param marks one per item, in item order
     */
    public record Row(String attemptId, List<Double> marks) {
        /** Copies the marks. */
        public Row {
            Checks.text(attemptId, "attempt id of a row");
            marks = Checks.list(marks, "marks of attempt " + attemptId);
        }

        /** The attempt's total. */
        public double total() {
            return marks.stream().mapToDouble(Double::doubleValue).sum();
        }
    }

    /**
     * The marks of scored attempts at one quiz, all scored under the same answer key.
     *
     * @throws ModelException with no attempts, attempts under different keys or no question that counts
     */
    public static MarkSheet of(List<ScoredAttempt> attempts) {
        AttemptTally tally = new AttemptTally();
        attempts.forEach(tally::add);
        return tally.marks().sheet();
    }

    /** Rejects a maximum mark that is not positive. */
    static void checkMaxMark(QuestionRef item, double max) {
        if (!(max > 0)) {
            throw new ModelException("the maximum mark of " + item + " must be > 0, was " + max);
        }
    }

    /** Rejects a mark below 0 or above the item's maximum (with a rounding tolerance of 1e-9). */
    static void checkMark(String attemptId, QuestionRef item, double mark, double max) {
        if (mark < 0 || mark > max + 1e-9) {
            throw new ModelException("attempt " + attemptId + " has the mark " + mark + " on " + item
                    + ", outside 0.." + max);
        }
    }
}
