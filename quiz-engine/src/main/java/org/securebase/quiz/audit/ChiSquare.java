package org.securebase.quiz.audit;

/**
 * The upper tail of the chi-square distribution, P(X ≥ x) for k degrees of freedom, as the
 * regularized upper incomplete gamma function Q(k/2, x/2): by its series below a + 1 and by
 * Lentz's continued fraction above (Press et al., Numerical Recipes, 3rd ed., §6.2), accurate to
 * about 1e-12 relative.
 */
final class ChiSquare {
    private static final int MOST_TERMS = 10_000;
    private static final double EPSILON = 1e-15;
    private static final double TINY = 1e-300;

    private ChiSquare() {
    }

    /** P(X ≥ x) for a chi-square variable with k ≥ 1 degrees of freedom. */
    static double upperTail(double x, int k) {
        if (k < 1) {
            throw new IllegalArgumentException("degrees of freedom must be ≥ 1, was " + k);
        }
        if (x <= 0) {
            return 1.0;
        }
        double a = k / 2.0;
        double z = x / 2.0;
        return z < a + 1 ? 1.0 - lowerSeries(a, z) : upperFraction(a, z);
    }

    /** P(a, z) by its series. */
    private static double lowerSeries(double a, double z) {
        double term = 1.0 / a;
        double sum = term;
        for (int n = 1; n < MOST_TERMS; n++) {
            term *= z / (a + n);
            sum += term;
            if (Math.abs(term) < Math.abs(sum) * EPSILON) {
                break;
            }
        }
        return sum * Math.exp(-z + a * Math.log(z) - logGamma(a));
    }

    /** Q(a, z) by its continued fraction. */
    private static double upperFraction(double a, double z) {
        double b = z + 1 - a;
        double c = 1 / TINY;
        double d = 1 / b;
        double h = d;
        for (int i = 1; i < MOST_TERMS; i++) {
            double an = -i * (i - a);
            b += 2;
            d = an * d + b;
            if (Math.abs(d) < TINY) {
                d = TINY;
            }
            c = b + an / c;
            if (Math.abs(c) < TINY) {
                c = TINY;
            }
            d = 1 / d;
            double delta = d * c;
            h *= delta;
            if (Math.abs(delta - 1) < EPSILON) {
                break;
            }
        }
        return Math.exp(-z + a * Math.log(z) - logGamma(a)) * h;
    }

    /** ln Γ(a) for a > 0 by the Lanczos approximation (g = 7, n = 9), good to about 1e-15. */
    static double logGamma(double a) {
        double[] c = {0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313,
            -176.61502916214059, 12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7};
        if (a < 0.5) {
            return Math.log(Math.PI / Math.sin(Math.PI * a)) - logGamma(1 - a);
        }
        double x = c[0];
        double t = a - 1 + 7.5;
        for (int i = 1; i < c.length; i++) {
            x += c[i] / (a - 1 + i);
        }
        return 0.5 * Math.log(2 * Math.PI) + (a - 0.5) * Math.log(t) - t + Math.log(x);
    }
}
