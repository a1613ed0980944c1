package org.securebase.quiz.analysis;

import java.util.ArrayList;
import java.util.List;
import org.securebase.model.question.QuestionRef;

/**
 * A mark sheet held as primitive columns, the form the statistics loop over: one array of marks
 * per item (row by row), with each row's total. Built from a mark sheet's rows or an {@link AttemptTally}'s columns;
 * the arrays are shared, not copied, so callers must not change them. The columns may instead
 * come from a {@link Columns} that makes each when asked, so a large sheet need not be held
 * whole as doubles.
 */
final class Marks {
    /** The marks of one item, row by row, made when asked (each call may return a new array). */
    @FunctionalInterface
    interface Columns {
        double[] column(int item);
    }

    private final List<QuestionRef> items;
    private final double[] maxMarks;
    private final String[] attemptIds;
    private final Columns columns;
    private final double[] totals;

    private Marks(List<QuestionRef> items, double[] maxMarks, String[] attemptIds, Columns columns) {
        this.items = items;
        this.maxMarks = maxMarks;
        this.attemptIds = attemptIds;
        this.columns = columns;
        this.totals = new double[attemptIds.length];
        for (int i = 0; i < items.size(); i++) {
            double[] column = columns.column(i);
            for (int k = 0; k < totals.length; k++) {
                totals[k] += column[k];
            }
        }
    }

    private Marks(List<QuestionRef> items, double[] maxMarks, String[] attemptIds, double[][] columns) {
        this(items, maxMarks, attemptIds, i -> columns[i]);
    }

    /** Marks already checked, one column per item made when asked, one row per id. */
    static Marks of(List<QuestionRef> items, double[] maxMarks, String[] attemptIds, Columns columns) {
        return new Marks(items, maxMarks, attemptIds, columns);
    }

    /** The marks of a mark sheet, which has checked them already. */
    static Marks of(MarkSheet sheet) {
        int items = sheet.items().size();
        int rows = sheet.rows().size();
        double[] max = new double[items];
        for (int i = 0; i < items; i++) {
            max[i] = sheet.maxMarks().get(i);
        }
        String[] ids = new String[rows];
        double[][] columns = new double[items][rows];
        for (int k = 0; k < rows; k++) {
            MarkSheet.Row row = sheet.rows().get(k);
            ids[k] = row.attemptId();
            for (int i = 0; i < items; i++) {
                columns[i][k] = row.marks().get(i);
            }
        }
        return new Marks(sheet.items(), max, ids, columns);
    }

    /** The same marks as a checked mark sheet. */
    MarkSheet sheet() {
        double[][] all = new double[items.size()][];
        for (int i = 0; i < all.length; i++) {
            all[i] = columns.column(i);
        }
        List<MarkSheet.Row> rows = new ArrayList<>();
        for (int k = 0; k < attemptIds.length; k++) {
            List<Double> marks = new ArrayList<>();
            for (double[] column : all) {
                marks.add(column[k]);
            }
            rows.add(new MarkSheet.Row(attemptIds[k], marks));
        }
        List<Double> max = new ArrayList<>();
        for (double m : maxMarks) {
            max.add(m);
        }
        return new MarkSheet(items, max, rows);
    }

    /** The questions, one per column. */
    List<QuestionRef> items() {
        return items;
    }

    /** How many rows (attempts). */
    int rows() {
        return attemptIds.length;
    }

    /** The maximum mark of an item. */
    double maxMark(int item) {
        return maxMarks[item];
    }

    /** The marks of one item, row by row. */
    double[] column(int item) {
        return columns.column(item);
    }

    /** The totals, row by row. */
    double[] totals() {
        return totals;
    }
}
