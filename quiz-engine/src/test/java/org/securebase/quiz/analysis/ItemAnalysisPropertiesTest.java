package org.securebase.quiz.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.OptionalDouble;
import java.util.stream.IntStream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.securebase.model.question.QuestionRef;

/**
 * Checks the analysis against the textbook formulas written out naively here, one statistic at a
 * time, on small random mark sheets. Marks are quarters of a point, so sums are exact and a
 * column without variance has exactly none in both computations.
 */
class ItemAnalysisPropertiesTest {

    @Provide
    Arbitrary<MarkSheet> sheets() {
        Arbitrary<List<Integer>> maxima = Arbitraries.integers().between(1, 4).list().ofMinSize(1).ofMaxSize(8);
        return maxima.flatMap(max -> row(max).list().ofMinSize(2).ofMaxSize(30).map(rows -> sheet(max, rows)));
    }

    private static Arbitrary<List<Double>> row(List<Integer> max) {
        List<Arbitrary<Double>> marks = max.stream()
                .map(m -> Arbitraries.integers().between(0, 4 * m).map(quarters -> quarters / 4.0)).toList();
        return Combinators.combine(marks).as(List::copyOf);
    }

    private static MarkSheet sheet(List<Integer> max, List<List<Double>> marks) {
        List<QuestionRef> items = IntStream.rangeClosed(1, max.size()).mapToObj(i -> QuestionRef.parse("v#q" + i)).toList();
        List<MarkSheet.Row> rows = new ArrayList<>();
        for (int r = 0; r < marks.size(); r++) {
            rows.add(new MarkSheet.Row("t" + r, marks.get(r)));
        }
        return new MarkSheet(items, max.stream().map(Integer::doubleValue).toList(), rows);
    }

    @Property
    void agreesWithNaiveComputationOnRandomSheets(@ForAll("sheets") MarkSheet sheet) {
        ItemAnalysis a = ItemAnalysis.of(sheet);
        int items = sheet.items().size();
        double[] totals = sheet.rows().stream().mapToDouble(MarkSheet.Row::total).toArray();
        double sumItemVariance = 0;
        for (int i = 0; i < items; i++) {
            int item = i;
            double max = sheet.maxMarks().get(i);
            double[] x = sheet.rows().stream().mapToDouble(r -> r.marks().get(item)).toArray();
            double[] rest = IntStream.range(0, x.length).mapToDouble(k -> totals[k] - x[k]).toArray();
            QuestionStatistics q = a.questions().get(i);
            String where = sheet.items().get(i) + " of " + sheet;
            close(mean(x) / max, q.facility(), "facility of " + where);
            close(Math.sqrt(variance(x)) / max, q.sd(), "sd of " + where);
            OptionalDouble d = variance(x) == 0 || variance(rest) == 0 ? OptionalDouble.empty()
                    : OptionalDouble.of(100 * covariance(x, rest) / Math.sqrt(variance(x) * variance(rest)));
            close(d, q.discriminationIndex(), "discrimination index of " + where);
            double covMax = covariance(sorted(x), sorted(rest));
            OptionalDouble de = covMax <= 0 ? OptionalDouble.empty() : OptionalDouble.of(100 * covariance(x, rest) / covMax);
            close(de, q.discriminativeEfficiency(), "discriminative efficiency of " + where);
            sumItemVariance += variance(x);
        }
        TestStatistics t = a.test();
        close(mean(totals), t.mean(), "mean of " + sheet);
        double[] s = sorted(totals);
        close(s.length % 2 == 1 ? s[s.length / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2, t.median(), "median of " + sheet);
        close(Math.sqrt(variance(totals)), t.sd(), "sd of " + sheet);
        int n = totals.length;
        double k2 = variance(totals);
        OptionalDouble skewness = k2 == 0 || n < 3 ? OptionalDouble.empty()
                : OptionalDouble.of((double) n * n / ((n - 1.0) * (n - 2.0)) * moment(totals, 3) / Math.pow(k2, 1.5));
        close(skewness, t.skewness(), "skewness of " + sheet);
        OptionalDouble kurtosis = k2 == 0 || n < 4 ? OptionalDouble.empty()
                : OptionalDouble.of((double) n * n / ((n - 1.0) * (n - 2.0) * (n - 3.0))
                        * ((n + 1.0) * moment(totals, 4) - 3.0 * (n - 1.0) * Math.pow(moment(totals, 2), 2)) / Math.pow(k2, 2));
        close(kurtosis, t.kurtosis(), "kurtosis of " + sheet);
        OptionalDouble alpha = items == 1 || variance(totals) == 0 ? OptionalDouble.empty()
                : OptionalDouble.of(items / (items - 1.0) * (1 - sumItemVariance / variance(totals)));
        close(alpha, t.cronbachAlpha(), "alpha of " + sheet);
    }

    private static double mean(double[] v) {
        return Arrays.stream(v).sum() / v.length;
    }

    private static double variance(double[] v) {
        return covariance(v, v);
    }

    private static double covariance(double[] a, double[] b) {
        double ma = mean(a);
        double mb = mean(b);
        return IntStream.range(0, a.length).mapToDouble(k -> (a[k] - ma) * (b[k] - mb)).sum() / (a.length - 1);
    }

    private static double moment(double[] v, int power) {
        double m = mean(v);
        return Arrays.stream(v).map(x -> Math.pow(x - m, power)).sum() / v.length;
    }

    private static double[] sorted(double[] v) {
        double[] s = v.clone();
        Arrays.sort(s);
        return s;
    }

    private static void close(double expected, double actual, String what) {
        assertEquals(expected, actual, 1e-9 * Math.max(1, Math.abs(expected)), what);
    }

    private static void close(OptionalDouble expected, OptionalDouble actual, String what) {
        assertEquals(expected.isPresent(), actual.isPresent(), what + ": expected " + expected + ", was " + actual);
        if (expected.isPresent()) {
            close(expected.getAsDouble(), actual.getAsDouble(), what);
        }
    }
}
