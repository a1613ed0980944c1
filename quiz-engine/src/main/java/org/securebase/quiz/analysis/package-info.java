/**
 * Item analysis after Moodle's quiz statistics: facility, SD, discrimination index and
 * discriminative efficiency per question, option counts by top and bottom third, test
 * statistics (mean, median, SD, skewness, kurtosis, Cronbach's alpha, error ratio, standard
 * error) and named review flags; the distractor analysis that surfaces the option counts with
 * their flags.
 *
 * <p>Depends on the JDK, {@code org.securebase.model..} and {@code org.securebase.quiz.assembly},
 * {@code .delivery} and {@code .scoring}.
 */
package org.securebase.quiz.analysis;
