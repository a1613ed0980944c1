package org.securebase.quiz.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.securebase.model.library.LibraryQuestion;
import org.securebase.model.question.MultipleResponse;
import org.securebase.model.question.QuestionRef;
import org.securebase.model.question.SingleChoice;
import org.securebase.quiz.assembly.Quiz;
import org.securebase.quiz.delivery.ScoredAttempt;
import org.securebase.quiz.scoring.Answer;
import org.securebase.quiz.scoring.Key;
import org.securebase.quiz.scoring.QuestionScore;

/**
 * Counts how often each option of each choice question was chosen, by all attempts and by the top
 * and bottom thirds ranked by total (ties by attempt id). The answers are those each attempt's
 * score report records as scored, which are its counted answers ({@link ScoredAttempt} is made
 * by scoring them), so the responses are not replayed again; each report is walked once,
 * counting into arrays per question and option. The engine's former option counting, now a
 * test reference for {@link AttemptTally} (see {@link ListForm}).
 */
final class OptionTally {
    /** Where an attempt ranks by total. */
    private enum Third { TOP, MIDDLE, BOTTOM }

    private OptionTally() {
    }

    /**
     * The option counts of each item, in item order; empty for questions that are not choice
     * questions. The attempts are of one quiz under one key.
     */
    static List<List<OptionCount>> of(List<ScoredAttempt> attempts, List<QuestionRef> items) {
        ScoredAttempt first = attempts.get(0);
        Quiz quiz = first.header().quiz();
        Map<QuestionRef, Integer> column = new HashMap<>();
        int[] options = new int[items.size()];
        for (int i = 0; i < items.size(); i++) {
            column.put(items.get(i), i);
            LibraryQuestion lq = quiz.question(items.get(i));
            options[i] = lq.question() instanceof SingleChoice s ? s.options().size()
                    : lq.question() instanceof MultipleResponse m ? m.options().size() : 0;
        }
        Third[] third = thirds(attempts);
        int[][] all = counters(options);
        int[][] top = counters(options);
        int[][] bottom = counters(options);
        for (int k = 0; k < attempts.size(); k++) {
            for (QuestionScore q : attempts.get(k).report().questions()) {
                Integer i = column.get(q.ref());
                if (i == null || !(q.answer() instanceof Answer.Choice c)) {
                    continue;
                }
                for (int p : c.positions()) {
                    if (p <= options[i]) {
                        all[i][p - 1]++;
                        if (third[k] == Third.TOP) {
                            top[i][p - 1]++;
                        } else if (third[k] == Third.BOTTOM) {
                            bottom[i][p - 1]++;
                        }
                    }
                }
            }
        }
        List<List<OptionCount>> out = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            Key key = first.key().key(items.get(i));
            List<OptionCount> counts = new ArrayList<>();
            for (int p = 1; p <= options[i]; p++) {
                counts.add(new OptionCount(p, key instanceof Key.Choice c && c.correct().contains(p),
                        all[i][p - 1], top[i][p - 1], bottom[i][p - 1]));
            }
            out.add(counts);
        }
        return out;
    }

    /** One counter per option of each item. */
    private static int[][] counters(int[] options) {
        int[][] out = new int[options.length][];
        for (int i = 0; i < options.length; i++) {
            out[i] = new int[options[i]];
        }
        return out;
    }

    /** The third each attempt falls in, ranked by total with ties by attempt id. */
    private static Third[] thirds(List<ScoredAttempt> attempts) {
        int n = attempts.size();
        double[] earned = new double[n];
        Integer[] ranked = new Integer[n];
        for (int k = 0; k < n; k++) {
            earned[k] = attempts.get(k).report().earned();
            ranked[k] = k;
        }
        Arrays.sort(ranked, Comparator.comparingDouble((Integer k) -> -earned[k])
                .thenComparing(k -> attempts.get(k).header().label()));
        Third[] out = new Third[n];
        Arrays.fill(out, Third.MIDDLE);
        for (int r = 0; r < n / 3; r++) {
            out[ranked[r]] = Third.TOP;
            out[ranked[n - 1 - r]] = Third.BOTTOM;
        }
        return out;
    }
}
