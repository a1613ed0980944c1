package org.securebase.quiz.analysis;

import java.util.ArrayList;
import java.util.List;
import org.securebase.model.Checks;
import org.securebase.model.ModelException;
import org.securebase.model.question.QuestionRef;
import org.securebase.quiz.delivery.ScoredAttempt;
import org.securebase.quiz.scoring.QuestionScore;

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
            if (!(maxMarks.get(i) > 0)) {
                throw new ModelException("the maximum mark of " + items.get(i) + " must be > 0, was " + maxMarks.get(i));
            }
        }
        for (Row r : rows) {
            if (r.marks().size() != items.size()) {
                throw new ModelException("attempt " + r.attemptId() + " has " + r.marks().size() + " marks for "
                        + items.size() + " items");
            }
            for (int i = 0; i < items.size(); i++) {
                double m = r.marks().get(i);
                if (m < 0 || m > maxMarks.get(i) + 1e-9) {
                    throw new ModelException("attempt " + r.attemptId() + " has the mark " + m + " on " + items.get(i)
                            + ", outside 0.." + maxMarks.get(i));
                }
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

    /** The marks of scored attempts at one quiz, all scored under the same answer key. */
    public static MarkSheet of(List<ScoredAttempt> attempts) {
        if (attempts.isEmpty()) {
            throw new ModelException("item analysis needs scored attempts, got none");
        }
        ScoredAttempt first = attempts.get(0);
        List<QuestionScore> template = first.report().questions().stream().filter(q -> !q.voided()).toList();
        List<QuestionRef> items = template.stream().map(QuestionScore::ref).toList();
        List<Double> max = template.stream().map(q -> (double) q.possible()).toList();
        List<Row> rows = new ArrayList<>();
        for (ScoredAttempt a : attempts) {
            if (!a.key().equals(first.key())) {
                throw new ModelException("attempt " + a.header().attemptId() + " was scored under another answer key than "
                        + first.header().attemptId() + ": rescore them all first");
            }
            List<Double> marks = new ArrayList<>();
            for (QuestionRef r : items) {
                marks.add(a.report().question(r).orElseThrow().earned());
            }
            rows.add(new Row(a.header().attemptId(), marks));
        }
        return new MarkSheet(items, max, rows);
    }

    /** The marks of one item, row by row. */
    double[] column(int item) {
        return rows.stream().mapToDouble(r -> r.marks().get(item)).toArray();
    }

    /** The totals, row by row. */
    double[] totals() {
        return rows.stream().mapToDouble(Row::total).toArray();
    }
}
