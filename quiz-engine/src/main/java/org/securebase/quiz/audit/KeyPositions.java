package org.securebase.quiz.audit;

import java.util.ArrayList;
import java.util.List;

/**
 * Where single-choice keys sit as written (A, B, C, ...), against what a uniform spread would
 * give: a question with n options adds 1/n to each of its first n positions. Pearson's
 * chi-square statistic over the positions expected at all, with positions − 1 degrees of
 * freedom; the p-value is the chi-square upper tail (see {@link ChiSquare}).
 *
 * @param observed keys at position 1, 2, ... (index 0 is A)
 * @param expected the uniform expectation at each position
 * @param chiSquare Σ (observed − expected)² / expected
 * @param degreesOfFreedom positions − 1
 * @param pValue the probability of a statistic at least this large under a uniform spread; 1 with no degree of freedom
 * @since 0.3
 */
public record KeyPositions(List<Integer> observed, List<Double> expected, double chiSquare, int degreesOfFreedom,
                           double pValue) {

    /** Copies the lists. */
    public KeyPositions {
        observed = List.copyOf(observed);
        expected = List.copyOf(expected);
    }

    /** The tally for these keyed positions and option counts, one pair per single-choice question. */
    static KeyPositions of(List<Integer> keyPositions, List<Integer> optionCounts) {
        int width = optionCounts.stream().mapToInt(Integer::intValue).max().orElse(0);
        int[] obs = new int[width];
        double[] exp = new double[width];
        for (int i = 0; i < keyPositions.size(); i++) {
            obs[keyPositions.get(i) - 1]++;
            int n = optionCounts.get(i);
            for (int p = 0; p < n; p++) {
                exp[p] += 1.0 / n;
            }
        }
        double x = 0;
        int cells = 0;
        for (int p = 0; p < width; p++) {
            if (exp[p] > 0) {
                x += (obs[p] - exp[p]) * (obs[p] - exp[p]) / exp[p];
                cells++;
            }
        }
        int df = Math.max(0, cells - 1);
        List<Integer> o = new ArrayList<>();
        List<Double> e = new ArrayList<>();
        for (int p = 0; p < width; p++) {
            o.add(obs[p]);
            e.add(exp[p]);
        }
        return new KeyPositions(o, e, x, df, df == 0 ? 1.0 : ChiSquare.upperTail(x, df));
    }
}
