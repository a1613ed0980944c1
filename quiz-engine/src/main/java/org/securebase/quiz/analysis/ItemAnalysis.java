package org.securebase.quiz.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import org.securebase.model.ModelException;
import org.securebase.quiz.delivery.ScoredAttempt;

/**
 * Classical item analysis of a quiz over its scored attempts, following the definitions of
 * Moodle's quiz statistics report ("Quiz statistics calculations", Moodle developer docs):
 * per question facility, SD, discrimination index and discriminative efficiency; per test mean,
 * median, SD, skewness, kurtosis, Cronbach's alpha, error ratio and standard error. The numbers
 * are checked against a Python reference implementation in the tests.
 *
 * @param test whole-test statistics
 * @param questions per question, in the quiz's canonical order
 * @since 0.1
 */
public record ItemAnalysis(TestStatistics test, List<QuestionStatistics> questions) {

    /** Copies the questions. */
    public ItemAnalysis {
        questions = List.copyOf(questions);
    }

    /**
     * Analyses scored attempts at one quiz, all under the same answer key, with option counts for
     * choice questions (through an {@link AttemptTally}, which also takes attempts one at a time).
     *
     * @throws ModelException with fewer than 2 attempts, or attempts at different quizzes or keys
     */
    public static ItemAnalysis of(List<ScoredAttempt> attempts) {
        AttemptTally tally = new AttemptTally();
        attempts.forEach(tally::add);
        return tally.analysis();
    }

    /**
     * Analyses a mark sheet (no option counts).
     *
     * @throws ModelException with fewer than 2 rows
     */
    public static ItemAnalysis of(MarkSheet sheet) {
        return of(Marks.of(sheet));
    }

    /** The numbers of every entry point: per item and whole-test statistics, no option counts. */
    static ItemAnalysis of(Marks marks) {
        int s = marks.rows();
        if (s < 2) {
            throw new ModelException("item analysis needs at least 2 scored attempts, has " + s);
        }
        double[] totals = marks.totals();
        double[] rest = new double[s];
        double[] xs = new double[s];
        double[] rs = new double[s];
        List<QuestionStatistics> questions = new ArrayList<>();
        double sumItemVariance = 0;
        for (int i = 0; i < marks.items().size(); i++) {
            double max = marks.maxMark(i);
            double[] x = marks.column(i);
            double sumX = 0;
            double sumRest = 0;
            for (int k = 0; k < s; k++) {
                rest[k] = totals[k] - x[k];
                sumX += x[k];
                sumRest += rest[k];
            }
            double mx = sumX / s;
            double mr = sumRest / s;
            double sxx = 0;
            double srr = 0;
            double sxr = 0;
            for (int k = 0; k < s; k++) {
                double dx = x[k] - mx;
                double dr = rest[k] - mr;
                sxx += dx * dx;
                srr += dr * dr;
                sxr += dx * dr;
            }
            double vx = sxx / (s - 1);
            double vr = srr / (s - 1);
            double cov = sxr / (s - 1);
            sumItemVariance += vx;
            double facility = mx / max;
            double sd = Math.sqrt(vx) / max;
            OptionalDouble d = vx > 0 && vr > 0 ? OptionalDouble.of(100 * cov / Math.sqrt(vx * vr)) : OptionalDouble.empty();
            System.arraycopy(x, 0, xs, 0, s);
            System.arraycopy(rest, 0, rs, 0, s);
            Arrays.sort(xs);
            Arrays.sort(rs);
            double covMax = covariance(xs, mx, rs, mr);
            OptionalDouble de = covMax > 0 ? OptionalDouble.of(100 * cov / covMax) : OptionalDouble.empty();
            questions.add(new QuestionStatistics(marks.items().get(i), facility, sd, d, de, flags(facility, d, de), List.of()));
        }
        return new ItemAnalysis(test(totals, marks.items().size(), sumItemVariance), questions);
    }

    private static List<Flag> flags(double facility, OptionalDouble d, OptionalDouble de) {
        List<Flag> flags = new ArrayList<>();
        if (facility > Flag.TOO_EASY_ABOVE) {
            flags.add(new Flag("too-easy", "facility " + f(facility) + " is above " + f(Flag.TOO_EASY_ABOVE)
                    + ": nearly everyone earns the marks"));
        }
        if (facility < Flag.TOO_HARD_BELOW) {
            flags.add(new Flag("too-hard", "facility " + f(facility) + " is below " + f(Flag.TOO_HARD_BELOW)
                    + ": check the key and the wording"));
        }
        if (de.isEmpty() || d.isEmpty()) {
            flags.add(new Flag("does-not-discriminate",
                    "the marks on it, or on the rest of the test, do not vary: it cannot tell stronger from weaker trainees"));
        } else if (d.getAsDouble() < 0) {
            flags.add(new Flag("does-not-discriminate", "discrimination index " + f(d.getAsDouble())
                    + " is negative: weaker trainees do better on it than stronger ones; check the key"));
        } else if (de.getAsDouble() < Flag.EFFICIENCY_BELOW) {
            flags.add(new Flag("does-not-discriminate", "discriminative efficiency " + f(de.getAsDouble())
                    + " is below " + f(Flag.EFFICIENCY_BELOW)));
        }
        return flags;
    }

    private static TestStatistics test(double[] t, int items, double sumItemVariance) {
        int s = t.length;
        double sum = 0;
        for (double v : t) {
            sum += v;
        }
        double mean = sum / s;
        double[] sorted = t.clone();
        Arrays.sort(sorted);
        double median = s % 2 == 1 ? sorted[s / 2] : (sorted[s / 2 - 1] + sorted[s / 2]) / 2;
        double sum2 = 0;
        double sum3 = 0;
        double sum4 = 0;
        for (double v : t) {
            double d = v - mean;
            double d2 = d * d;
            sum2 += d2;
            sum3 += d2 * d;
            sum4 += d2 * d2;
        }
        double m2 = sum2 / s;
        double m3 = sum3 / s;
        double m4 = sum4 / s;
        double k2 = s * m2 / (s - 1);
        double sd = Math.sqrt(k2);
        OptionalDouble skew = OptionalDouble.empty();
        OptionalDouble kurt = OptionalDouble.empty();
        if (k2 > 0 && s >= 3) {
            double k3 = (double) s * s / ((s - 1.0) * (s - 2.0)) * m3;
            skew = OptionalDouble.of(k3 / (k2 * Math.sqrt(k2)));
        }
        if (k2 > 0 && s >= 4) {
            double k4 = (double) s * s / ((s - 1.0) * (s - 2.0) * (s - 3.0)) * ((s + 1.0) * m4 - 3.0 * (s - 1.0) * m2 * m2);
            kurt = OptionalDouble.of(k4 / (k2 * k2));
        }
        OptionalDouble alpha = OptionalDouble.empty();
        OptionalDouble er = OptionalDouble.empty();
        OptionalDouble sem = OptionalDouble.empty();
        if (items > 1 && k2 > 0) {
            double a = items / (items - 1.0) * (1 - sumItemVariance / k2);
            alpha = OptionalDouble.of(a);
            double ratio = 100 * Math.sqrt(1 - a);
            er = OptionalDouble.of(ratio);
            sem = OptionalDouble.of(ratio / 100 * sd);
        }
        return new TestStatistics(s, mean, median, sd, skew, kurt, alpha, er, sem);
    }

    /** The sample covariance of two equally long arrays, given their means. */
    private static double covariance(double[] a, double ma, double[] b, double mb) {
        double sum = 0;
        for (int k = 0; k < a.length; k++) {
            sum += (a[k] - ma) * (b[k] - mb);
        }
        return sum / (a.length - 1);
    }

    private static String f(double v) {
        return String.format(Locale.ROOT, "%.2f", v);
    }
}
