package org.securebase.quiz.analysis;

import java.util.List;
import org.securebase.model.question.QuestionRef;

/**
 * One item's Rasch calibration.
 *
 * @param ref the question
 * @param categories the distinct marks observed on it, ascending: category 0 is the first; two
 *                   categories make a dichotomous item, more a partial-credit one
 * @param difficulty the item's location in logits: the mean of its thresholds (the one threshold of a dichotomous item)
 * @param standardError the model standard error of the difficulty, 1 / √(Σ information over persons)
 * @param thresholds the partial-credit thresholds δ_k between categories k − 1 and k, in logits
 * @param infit information-weighted mean-square: Σ (x − E)² / Σ W
 * @param outfit unweighted mean-square: the mean of (x − E)² / W over persons
 * @param flags {@code misfit} when infit or outfit is outside 0.7–1.3
 * @since 0.3
 */
public record CalibratedItem(QuestionRef ref, List<Double> categories, double difficulty, double standardError,
                             List<Double> thresholds, double infit, double outfit, List<Flag> flags) {
    /** The lowest fit mean-square not flagged. */
    public static final double FIT_LOW = 0.7;
    /** The highest fit mean-square not flagged. */
    public static final double FIT_HIGH = 1.3;

    /** Copies the lists. */
    public CalibratedItem {
        categories = List.copyOf(categories);
        thresholds = List.copyOf(thresholds);
        flags = List.copyOf(flags);
    }

    /** True for an item scored in more than two categories (the partial-credit model applies). */
    public boolean partialCredit() {
        return categories.size() > 2;
    }
}
