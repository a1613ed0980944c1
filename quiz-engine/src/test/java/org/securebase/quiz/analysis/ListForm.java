package org.securebase.quiz.analysis;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.securebase.model.Checks;
import org.securebase.model.ModelException;
import org.securebase.model.question.QuestionRef;
import org.securebase.quiz.delivery.ScoredAttempt;
import org.securebase.quiz.scoring.QuestionScore;

/**
 * The item analysis of a list of scored attempts as the engine computed it before
 * {@link AttemptTally} (marks in full double columns, options counted by {@link OptionTally}),
 * kept as a reference the tally's compact, streamed form is tested against.
 */
final class ListForm {
    private ListForm() {
    }

    /** The analysis of the attempts, with option counts. */
    static ItemAnalysis analysis(List<ScoredAttempt> attempts) {
        Marks marks = marks(attempts);
        for (ScoredAttempt a : attempts) {
            if (!a.header().quiz().id().equals(attempts.get(0).header().quiz().id())) {
                throw new ModelException("item analysis covers one quiz; attempt " + a.header().label()
                        + " is of quiz " + a.header().quiz().id());
            }
        }
        ItemAnalysis numbers = ItemAnalysis.of(marks);
        List<List<OptionCount>> options = OptionTally.of(attempts, marks.items());
        List<QuestionStatistics> out = new ArrayList<>();
        for (int i = 0; i < numbers.questions().size(); i++) {
            QuestionStatistics q = numbers.questions().get(i);
            out.add(new QuestionStatistics(q.ref(), q.facility(), q.sd(), q.discriminationIndex(),
                    q.discriminativeEfficiency(), q.flags(), options.get(i)));
        }
        return new ItemAnalysis(numbers.test(), out);
    }

    /**
     * The marks of scored attempts at one quiz, all scored under the same answer key: one column
     * per question that counts, in the order of the first attempt's report.
     *
     * @throws ModelException with no attempts, attempts under different keys, no question that
     *                        counts, a report that lacks one or a mark outside 0 to its maximum
     */
    static Marks marks(List<ScoredAttempt> attempts) {
        if (attempts.isEmpty()) {
            throw new ModelException("item analysis needs scored attempts, got none");
        }
        ScoredAttempt first = attempts.get(0);
        List<QuestionRef> items = new ArrayList<>();
        List<Double> max = new ArrayList<>();
        for (QuestionScore q : first.report().questions()) {
            if (!q.voided()) {
                items.add(q.ref());
                max.add((double) q.possible());
            }
        }
        Checks.nonEmpty(items, "items of a mark sheet");
        Map<QuestionRef, Integer> column = new HashMap<>();
        for (int i = 0; i < items.size(); i++) {
            MarkSheet.checkMaxMark(items.get(i), max.get(i));
            column.put(items.get(i), i);
        }
        String[] ids = new String[attempts.size()];
        double[][] columns = new double[items.size()][attempts.size()];
        for (int k = 0; k < attempts.size(); k++) {
            ScoredAttempt a = attempts.get(k);
            ids[k] = a.header().label();
            if (!Objects.equals(a.key(), first.key())) {
                throw new ModelException("attempt " + ids[k] + " was scored under another answer key than "
                        + first.header().label() + ": rescore them all first");
            }
            int found = 0;
            for (QuestionScore q : a.report().questions()) {
                Integer i = column.get(q.ref());
                if (i != null) {
                    MarkSheet.checkMark(ids[k], q.ref(), q.earned(), max.get(i));
                    columns[i][k] = q.earned();
                    found++;
                }
            }
            if (found < items.size()) {
                List<QuestionRef> missing = new ArrayList<>(items);
                a.report().questions().forEach(q -> missing.remove(q.ref()));
                throw new ModelException("attempt " + ids[k] + " has no score for " + missing);
            }
        }
        return Marks.of(List.copyOf(items), max.stream().mapToDouble(Double::doubleValue).toArray(), ids, i -> columns[i]);
    }

}
