package org.securebase.quiz.analysis;

import java.util.List;
import org.securebase.model.question.QuestionRef;

/**
 * A Rasch calibration of a quiz's items from real attempts (see {@link RaschCalibration}).
 *
 * @param items the items calibrated, in the mark sheet's order
 * @param extremeItems items everyone (of the persons kept) scored in the same category: no difficulty can be estimated
 * @param persons the attempts that took part in the estimation
 * @param extremePersons attempts with the lowest or highest possible total, left out (their ability is infinite)
 * @param personReliability person separation reliability: (observed variance of abilities − mean error variance) /
 *                          observed variance, floored at 0
 * @param personSeparation √(reliability / (1 − reliability)): how many error-widths the abilities spread over
 * @param iterations the joint maximum-likelihood iterations run
 * @since 0.3
 */
public record Calibration(List<CalibratedItem> items, List<QuestionRef> extremeItems, int persons, int extremePersons,
                          double personReliability, double personSeparation, int iterations) {

    /** Copies the lists. */
    public Calibration {
        items = List.copyOf(items);
        extremeItems = List.copyOf(extremeItems);
    }
}
