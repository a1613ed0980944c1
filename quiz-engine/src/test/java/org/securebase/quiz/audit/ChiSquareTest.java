package org.securebase.quiz.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The chi-square upper tail against published table values (and R's pchisq for the small ones). */
class ChiSquareTest {

    @ParameterizedTest
    @CsvSource({
        "3.841459, 1, 0.05",
        "6.634897, 1, 0.01",
        "7.814728, 3, 0.05",
        "3.0, 3, 0.3916252",
        "11.344867, 3, 0.01",
        "18.307038, 10, 0.05",
        "0.1, 2, 0.9512294",
        "40.0, 4, 4.3284226e-8"
    })
    void matchesTheTabulatedUpperTail(double x, int df, double p) {
        assertEquals(p, ChiSquare.upperTail(x, df), p * 1e-5);
    }

    @ParameterizedTest
    @CsvSource({"1, 0.0", "5, 3.1780538303479458", "0.5, 0.5723649429247004", "10.5, 13.940625219403763"})
    void logGammaMatchesKnownValues(double a, double lnGamma) {
        assertEquals(lnGamma, ChiSquare.logGamma(a), 1e-12);
    }
}
