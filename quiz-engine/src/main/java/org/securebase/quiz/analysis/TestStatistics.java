package org.securebase.quiz.analysis;

import java.util.OptionalDouble;

/**
 * Whole-test statistics over the totals of scored attempts, as Moodle's quiz statistics report
 * defines them (totals in points; sample-corrected moments).
 *
 * @param attempts how many attempts
 * @param mean mean total
 * @param median median total
 * @param sd sample standard deviation of the totals (n − 1)
 * @param skewness k3 / k2^(3/2) with sample-corrected cumulants; empty below 3 attempts or without variance
 * @param kurtosis excess kurtosis k4 / k2²; empty below 4 attempts or without variance
 * @param cronbachAlpha P/(P−1) × (1 − Σ var(item) / var(total)), equal to KR-20 for 0/1 items
 *                      (Moodle's coefficient of internal consistency is 100 × this); empty with one item or no variance
 * @param errorRatio 100 × √(1 − alpha)
 * @param standardError the standard error of measurement, errorRatio / 100 × sd
 * @since 0.1
 */
public record TestStatistics(int attempts, double mean, double median, double sd, OptionalDouble skewness,
                             OptionalDouble kurtosis, OptionalDouble cronbachAlpha, OptionalDouble errorRatio,
                             OptionalDouble standardError) {
}
