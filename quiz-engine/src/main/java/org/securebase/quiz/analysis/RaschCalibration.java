package org.securebase.quiz.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import org.securebase.model.ModelException;
import org.securebase.model.question.QuestionRef;

/**
 * Rasch calibration of items from real attempts by joint maximum likelihood (JMLE; Wright and
 * Panchapakesan 1969, Wright and Masters 1982, ch. 5), with Masters' partial-credit model for
 * items scored in more than two categories (decision 0080). A person of ability θ is in category
 * k of item i with probability proportional to exp Σ_{j ≤ k} (θ − δ_ij); a dichotomous item has one
 * threshold, its difficulty.
 *
 * <p>Categories are the distinct marks observed on an item, ascending (so a matching question
 * with three pairs scored by share has up to four). Attempts with the lowest or highest possible
 * total, and items everyone is in the same category on, have no finite estimate; they are left
 * out, repeatedly, until none remains. The estimation alternates Newton steps (each at most one
 * logit) on every threshold and every ability until no estimate moves by more than 1e-7 logits;
 * item difficulties (means of thresholds) are centred on 0 after each round. No (L − 1) / L bias
 * correction is applied: with L items JMLE spreads difficulties by about L / (L − 1), which the
 * recovery test reports.
 *
 * <p>Fit: for each response x with expectation E, variance W, the outfit mean-square of an item
 * is the mean of (x − E)² / W over persons, the infit Σ (x − E)² / Σ W. Standard errors are the
 * model's, 1 / √ of the information. Items with a mean-square outside 0.7–1.3 are flagged
 * {@code misfit} (Linacre's and Wright's range for rating-scale and clinical observation tests).
 *
 * @since 0.3
 */
public final class RaschCalibration {
    /** Estimates moving less than this, in logits, end the iterations. */
    public static final double CONVERGED = 1e-7;
    /** The most iterations run. */
    public static final int MOST_ITERATIONS = 2000;
    private static final double MARK_GRAIN = 1e-9;

    private final int[][] x;
    private final int[] categories;

    private RaschCalibration(int[][] x, int[] categories) {
        this.x = x;
        this.categories = categories;
    }

    /**
     * Calibrates the items of a mark sheet.
     *
     * @throws ModelException when fewer than two items or two persons are left once extreme ones are set aside
     */
    public static Calibration of(MarkSheet sheet) {
        int rows = sheet.rows().size();
        int items = sheet.items().size();
        boolean[] keepPerson = new boolean[rows];
        boolean[] keepItem = new boolean[items];
        Arrays.fill(keepPerson, true);
        Arrays.fill(keepItem, true);
        List<List<Double>> cats = new ArrayList<>();
        for (int i = 0; i < items; i++) {
            cats.add(List.of());
        }
        boolean changed = true;
        while (changed) {
            changed = false;
            for (int i = 0; i < items; i++) {
                if (!keepItem[i]) {
                    continue;
                }
                TreeSet<Double> seen = new TreeSet<>();
                for (int n = 0; n < rows; n++) {
                    if (keepPerson[n]) {
                        seen.add(grain(sheet.rows().get(n).marks().get(i)));
                    }
                }
                cats.set(i, List.copyOf(seen));
                if (seen.size() < 2) {
                    keepItem[i] = false;
                    changed = true;
                }
            }
            for (int n = 0; n < rows; n++) {
                if (!keepPerson[n]) {
                    continue;
                }
                int score = 0;
                int max = 0;
                for (int i = 0; i < items; i++) {
                    if (keepItem[i]) {
                        score += cats.get(i).indexOf(grain(sheet.rows().get(n).marks().get(i)));
                        max += cats.get(i).size() - 1;
                    }
                }
                if (score == 0 || score == max) {
                    keepPerson[n] = false;
                    changed = true;
                }
            }
        }
        List<Integer> itemIndex = new ArrayList<>();
        List<QuestionRef> extremeItems = new ArrayList<>();
        for (int i = 0; i < items; i++) {
            if (keepItem[i]) {
                itemIndex.add(i);
            } else {
                extremeItems.add(sheet.items().get(i));
            }
        }
        List<Integer> personIndex = new ArrayList<>();
        for (int n = 0; n < rows; n++) {
            if (keepPerson[n]) {
                personIndex.add(n);
            }
        }
        if (itemIndex.size() < 2 || personIndex.size() < 2) {
            throw new ModelException("Rasch calibration needs at least 2 items and 2 attempts that are not all right or all"
                    + " wrong; has " + itemIndex.size() + " items and " + personIndex.size() + " attempts");
        }
        int[][] data = new int[personIndex.size()][itemIndex.size()];
        int[] m = new int[itemIndex.size()];
        for (int j = 0; j < itemIndex.size(); j++) {
            List<Double> c = cats.get(itemIndex.get(j));
            m[j] = c.size() - 1;
            for (int p = 0; p < personIndex.size(); p++) {
                data[p][j] = c.indexOf(grain(sheet.rows().get(personIndex.get(p)).marks().get(itemIndex.get(j))));
            }
        }
        RaschCalibration r = new RaschCalibration(data, m);
        List<QuestionRef> refs = itemIndex.stream().map(sheet.items()::get).toList();
        List<List<Double>> itemCats = itemIndex.stream().map(cats::get).toList();
        return r.estimate(refs, itemCats, extremeItems, rows - personIndex.size());
    }

    private static double grain(double mark) {
        return Math.round(mark / MARK_GRAIN) * MARK_GRAIN;
    }

    private Calibration estimate(List<QuestionRef> refs, List<List<Double>> itemCats, List<QuestionRef> extremeItems,
                                 int extremePersons) {
        int persons = x.length;
        int items = categories.length;
        double[][] delta = new double[items][];
        for (int i = 0; i < items; i++) {
            delta[i] = new double[categories[i] + 1];
        }
        double[] theta = new double[persons];
        int iteration = 0;
        double moved = Double.POSITIVE_INFINITY;
        double[] p = new double[maxCategories() + 1];
        while (moved > CONVERGED && iteration < MOST_ITERATIONS) {
            iteration++;
            moved = 0;
            for (int i = 0; i < items; i++) {
                double[] expected = new double[categories[i] + 1];
                double[] information = new double[categories[i] + 1];
                int[] observed = new int[categories[i] + 1];
                for (int n = 0; n < persons; n++) {
                    probabilities(theta[n], delta[i], p);
                    double atLeast = 0;
                    for (int k = categories[i]; k >= 1; k--) {
                        atLeast += p[k];
                        expected[k] += atLeast;
                        information[k] += atLeast * (1 - atLeast);
                        if (x[n][i] >= k) {
                            observed[k]++;
                        }
                    }
                }
                for (int k = 1; k <= categories[i]; k++) {
                    double step = clamp((expected[k] - observed[k]) / information[k]);
                    delta[i][k] += step;
                    moved = Math.max(moved, Math.abs(step));
                }
            }
            double centre = 0;
            for (int i = 0; i < items; i++) {
                centre += difficulty(delta[i]);
            }
            centre /= items;
            for (int i = 0; i < items; i++) {
                for (int k = 1; k <= categories[i]; k++) {
                    delta[i][k] -= centre;
                }
            }
            for (int n = 0; n < persons; n++) {
                double score = 0;
                double expected = 0;
                double variance = 0;
                for (int i = 0; i < items; i++) {
                    probabilities(theta[n], delta[i], p);
                    double e = mean(p, categories[i]);
                    expected += e;
                    variance += variance(p, categories[i], e);
                    score += x[n][i];
                }
                double step = clamp((score - expected) / variance);
                theta[n] += step;
                moved = Math.max(moved, Math.abs(step));
            }
        }
        return result(refs, itemCats, extremeItems, extremePersons, delta, theta, iteration);
    }

    private Calibration result(List<QuestionRef> refs, List<List<Double>> itemCats, List<QuestionRef> extremeItems,
                               int extremePersons, double[][] delta, double[] theta, int iterations) {
        int persons = x.length;
        int items = categories.length;
        double[] p = new double[maxCategories() + 1];
        double[] personInformation = new double[persons];
        List<CalibratedItem> out = new ArrayList<>();
        for (int i = 0; i < items; i++) {
            double information = 0;
            double squared = 0;
            double standardised = 0;
            for (int n = 0; n < persons; n++) {
                probabilities(theta[n], delta[i], p);
                double e = mean(p, categories[i]);
                double w = variance(p, categories[i], e);
                double r = x[n][i] - e;
                information += w;
                personInformation[n] += w;
                squared += r * r;
                standardised += r * r / w;
            }
            double infit = squared / information;
            double outfit = standardised / persons;
            List<Double> thresholds = new ArrayList<>();
            for (int k = 1; k <= categories[i]; k++) {
                thresholds.add(delta[i][k]);
            }
            List<Flag> flags = new ArrayList<>();
            if (outside(infit) || outside(outfit)) {
                flags.add(new Flag("misfit", String.format(Locale.ROOT, "infit %.2f, outfit %.2f: outside %.1f–%.1f;"
                        + " %s", infit, outfit, CalibratedItem.FIT_LOW, CalibratedItem.FIT_HIGH,
                        infit > CalibratedItem.FIT_HIGH || outfit > CalibratedItem.FIT_HIGH
                                ? "responses are more erratic than the model expects (guessing, an ambiguous key)"
                                : "responses are more predictable than the model expects (it may duplicate another item)")));
            }
            out.add(new CalibratedItem(refs.get(i), itemCats.get(i), difficulty(delta[i]), 1 / Math.sqrt(information),
                    thresholds, infit, outfit, flags));
        }
        double mean = 0;
        for (double t : theta) {
            mean += t;
        }
        mean /= persons;
        double observed = 0;
        double error = 0;
        for (int n = 0; n < persons; n++) {
            observed += (theta[n] - mean) * (theta[n] - mean);
            error += 1 / personInformation[n];
        }
        observed /= persons;
        error /= persons;
        double reliability = observed > 0 ? Math.max(0, (observed - error) / observed) : 0;
        double separation = reliability < 1 ? Math.sqrt(reliability / (1 - reliability)) : Double.POSITIVE_INFINITY;
        return new Calibration(out, extremeItems, persons, extremePersons, reliability, separation, iterations);
    }

    private static boolean outside(double meanSquare) {
        return meanSquare < CalibratedItem.FIT_LOW || meanSquare > CalibratedItem.FIT_HIGH;
    }

    private int maxCategories() {
        int most = 0;
        for (int c : categories) {
            most = Math.max(most, c);
        }
        return most;
    }

    /** Category probabilities of the partial-credit model into p[0..m], m = thresholds.length − 1. */
    private static void probabilities(double theta, double[] thresholds, double[] p) {
        int m = thresholds.length - 1;
        double sum = 0;
        double top = 0;
        double running = 0;
        for (int k = 1; k <= m; k++) {
            running += theta - thresholds[k];
            top = Math.max(top, running);
        }
        running = 0;
        for (int k = 0; k <= m; k++) {
            if (k > 0) {
                running += theta - thresholds[k];
            }
            p[k] = Math.exp(running - top);
            sum += p[k];
        }
        for (int k = 0; k <= m; k++) {
            p[k] /= sum;
        }
    }

    private static double mean(double[] p, int m) {
        double e = 0;
        for (int k = 1; k <= m; k++) {
            e += k * p[k];
        }
        return e;
    }

    private static double variance(double[] p, int m, double e) {
        double v = 0;
        for (int k = 0; k <= m; k++) {
            v += (k - e) * (k - e) * p[k];
        }
        return v;
    }

    private static double difficulty(double[] thresholds) {
        double sum = 0;
        for (int k = 1; k < thresholds.length; k++) {
            sum += thresholds[k];
        }
        return sum / (thresholds.length - 1);
    }

    private static double clamp(double step) {
        return Math.max(-1, Math.min(1, step));
    }
}
