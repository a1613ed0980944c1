package org.securebase.quiz.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.securebase.model.Checks;
import org.securebase.model.ModelException;
import org.securebase.model.library.LibraryQuestion;
import org.securebase.model.question.QuestionLayout;
import org.securebase.model.question.QuestionRef;
import org.securebase.quiz.assembly.Quiz;
import org.securebase.quiz.delivery.ScoredAttempt;
import org.securebase.quiz.scoring.Answer;
import org.securebase.quiz.scoring.Key;
import org.securebase.quiz.scoring.QuestionScore;

/**
 * The item analysis of scored attempts handed in one at a time, for cohorts too large to hold
 * as attempts: of each attempt it keeps only its id, its total, its mark on each item (a byte
 * naming one of the item's distinct marks, while it has at most 256) and the options it chose
 * on each choice question (as bits), about 2 bytes per attempt and item. It is the one place attempts become item analysis:
 * {@link ItemAnalysis#of(List)} and {@link MarkSheet#of(List)} feed it too. It checks each
 * attempt: one quiz, one answer key, a mark for every item within 0 to its maximum. Not safe for use by several threads at once.
 *
 * @since 0.2
 */
public final class AttemptTally {
    private static final int FIRST_CAPACITY = 64;

    private ScoredAttempt first;
    private List<QuestionRef> items;
    private Map<QuestionRef, Integer> column;
    private double[] maxMarks;
    /** Options of each item (0 for a question without options) and the bytes their bits take per attempt. */
    private int[] options;
    private int[] bytes;
    private int rows;
    private String[] ids = new String[0];
    private double[] earned = new double[0];
    private MarkColumn[] marks;
    private byte[][] chosen;

    /**
     * Adds a scored attempt.
     *
     * @param attempt an attempt at the quiz of the first one added, scored under the same key
     * @throws ModelException for an attempt at another quiz or under another key, the first
     *     attempt when no question counts, or an attempt whose report lacks an item or has a mark
     *     outside 0 to its maximum
     */
    public void add(ScoredAttempt attempt) {
        Checks.present(attempt, "scored attempt");
        if (first == null) {
            start(attempt);
        }
        String id = attempt.header().label();
        if (!Objects.equals(attempt.key(), first.key())) {
            throw new ModelException("attempt " + id + " was scored under another answer key than "
                    + first.header().label() + ": rescore them all first");
        }
        if (!attempt.header().quiz().id().equals(first.header().quiz().id())) {
            throw new ModelException("item analysis covers one quiz; attempt " + id + " is of quiz "
                    + attempt.header().quiz().id());
        }
        if (rows == ids.length) {
            grow();
        }
        int k = rows;
        for (int i = 0; i < items.size(); i++) {
            Arrays.fill(chosen[i], k * bytes[i], (k + 1) * bytes[i], (byte) 0);
        }
        int found = 0;
        for (QuestionScore q : attempt.report().questions()) {
            Integer i = column.get(q.ref());
            if (i == null) {
                continue;
            }
            MarkSheet.checkMark(id, q.ref(), q.earned(), maxMarks[i]);
            marks[i].set(k, q.earned());
            found++;
            Answer.Choice c = q.answer() == null ? null : q.answer().as(Answer.Choice.class).orElse(null);
            if (c != null) {
                for (int p : c.positions()) {
                    if (p <= options[i]) {
                        chosen[i][k * bytes[i] + (p - 1) / Byte.SIZE] |= (byte) (1 << ((p - 1) % Byte.SIZE));
                    }
                }
            }
        }
        if (found < items.size()) {
            List<QuestionRef> missing = new ArrayList<>(items);
            attempt.report().questions().forEach(q -> missing.remove(q.ref()));
            throw new ModelException("attempt " + id + " has no score for " + missing);
        }
        ids[k] = id;
        earned[k] = attempt.report().earned();
        rows++;
    }

    /** @return how many attempts were added */
    public int attempts() {
        return rows;
    }

    /**
     * The item analysis of the attempts added, in the order added.
     *
     * @return the analysis, with option counts for choice questions
     * @throws ModelException with fewer than 2 attempts
     */
    public ItemAnalysis analysis() {
        ItemAnalysis numbers = ItemAnalysis.of(marks());
        List<List<OptionCount>> counts = optionCounts();
        List<QuestionStatistics> out = new ArrayList<>();
        for (int i = 0; i < numbers.questions().size(); i++) {
            QuestionStatistics q = numbers.questions().get(i);
            out.add(new QuestionStatistics(q.ref(), q.facility(), q.sd(), q.discriminationIndex(),
                    q.discriminativeEfficiency(), q.flags(), counts.get(i)));
        }
        return new ItemAnalysis(numbers.test(), out);
    }

    /**
     * The marks added, as the statistics read them: one column per item, decoded when asked.
     *
     * @throws ModelException when no attempt was added
     */
    Marks marks() {
        if (rows == 0) {
            throw new ModelException("item analysis needs scored attempts, got none");
        }
        int n = rows;
        return Marks.of(items, maxMarks, Arrays.copyOf(ids, n), i -> marks[i].decode(n));
    }

    /** Takes the items, their maxima and options from the first attempt's report and quiz. */
    private void start(ScoredAttempt attempt) {
        List<QuestionRef> refs = new ArrayList<>();
        List<Double> max = new ArrayList<>();
        for (QuestionScore q : attempt.report().questions()) {
            if (!q.voided()) {
                refs.add(q.ref());
                max.add((double) q.possible());
            }
        }
        Checks.nonEmpty(refs, "items of a mark sheet");
        Quiz quiz = attempt.header().quiz();
        Map<QuestionRef, Integer> columnOf = new HashMap<>();
        int n = refs.size();
        double[] maxima = new double[n];
        int[] optionCounts = new int[n];
        int[] byteCounts = new int[n];
        for (int i = 0; i < n; i++) {
            MarkSheet.checkMaxMark(refs.get(i), max.get(i));
            columnOf.put(refs.get(i), i);
            maxima[i] = max.get(i);
            LibraryQuestion lq = quiz.question(refs.get(i));
            optionCounts[i] = QuestionLayout.options(lq.question()).map(List::size).orElse(0);
            byteCounts[i] = (optionCounts[i] + Byte.SIZE - 1) / Byte.SIZE;
        }
        first = attempt;
        items = List.copyOf(refs);
        column = columnOf;
        maxMarks = maxima;
        options = optionCounts;
        bytes = byteCounts;
        marks = new MarkColumn[n];
        for (int i = 0; i < n; i++) {
            marks[i] = new MarkColumn();
        }
        chosen = new byte[n][0];
    }

    private void grow() {
        int capacity = Math.max(FIRST_CAPACITY, ids.length * 2);
        ids = Arrays.copyOf(ids, capacity);
        earned = Arrays.copyOf(earned, capacity);
        for (int i = 0; i < items.size(); i++) {
            marks[i].grow(capacity);
            chosen[i] = Arrays.copyOf(chosen[i], capacity * bytes[i]);
        }
    }

    /** Option counts by all attempts and the top and bottom thirds, ranked by total with ties by attempt id. */
    private List<List<OptionCount>> optionCounts() {
        boolean[] top = new boolean[rows];
        boolean[] bottom = new boolean[rows];
        Integer[] ranked = new Integer[rows];
        for (int k = 0; k < rows; k++) {
            ranked[k] = k;
        }
        Arrays.sort(ranked, Comparator.comparingDouble((Integer k) -> -earned[k]).thenComparing(k -> ids[k]));
        for (int r = 0; r < rows / 3; r++) {
            top[ranked[r]] = true;
            bottom[ranked[rows - 1 - r]] = true;
        }
        List<List<OptionCount>> out = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            List<Integer> keyed = first.key().key(items.get(i)).as(Key.Choice.class).map(Key.Choice::correct)
                    .orElse(List.of());
            List<OptionCount> counts = new ArrayList<>();
            for (int p = 1; p <= options[i]; p++) {
                int at = (p - 1) / Byte.SIZE;
                int bit = 1 << ((p - 1) % Byte.SIZE);
                int all = 0;
                int inTop = 0;
                int inBottom = 0;
                for (int k = 0; k < rows; k++) {
                    if ((chosen[i][k * bytes[i] + at] & bit) != 0) {
                        all++;
                        if (top[k]) {
                            inTop++;
                        } else if (bottom[k]) {
                            inBottom++;
                        }
                    }
                }
                counts.add(new OptionCount(p, keyed.contains(p), all, inTop, inBottom));
            }
            out.add(counts);
        }
        return out;
    }

    /**
     * One item's marks, row by row: a byte per row naming one of the item's distinct marks (told
     * apart by their bits, so the marks decode exactly), or plain doubles once the item has more
     * distinct marks than a byte can name.
     */
    static final class MarkColumn {
        private static final int MOST_DISTINCT = 256;

        private double[] values = new double[0];
        private byte[] codes = new byte[0];
        private double[] plain;

        void grow(int capacity) {
            if (plain != null) {
                plain = Arrays.copyOf(plain, capacity);
            } else {
                codes = Arrays.copyOf(codes, capacity);
            }
        }

        void set(int row, double mark) {
            if (plain != null) {
                plain[row] = mark;
                return;
            }
            long bits = Double.doubleToRawLongBits(mark);
            for (int v = 0; v < values.length; v++) {
                if (Double.doubleToRawLongBits(values[v]) == bits) {
                    codes[row] = (byte) v;
                    return;
                }
            }
            if (values.length < MOST_DISTINCT) {
                values = Arrays.copyOf(values, values.length + 1);
                values[values.length - 1] = mark;
                codes[row] = (byte) (values.length - 1);
                return;
            }
            plain = new double[codes.length];
            for (int k = 0; k < row; k++) {
                plain[k] = values[codes[k] & 0xff];
            }
            plain[row] = mark;
            codes = null;
            values = null;
        }

        double[] decode(int rows) {
            if (plain != null) {
                return Arrays.copyOf(plain, rows);
            }
            double[] out = new double[rows];
            for (int k = 0; k < rows; k++) {
                out[k] = values[codes[k] & 0xff];
            }
            return out;
        }
    }
}
