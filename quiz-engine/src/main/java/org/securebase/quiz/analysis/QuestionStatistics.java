package org.securebase.quiz.analysis;

import java.util.List;
import java.util.OptionalDouble;
import org.securebase.model.question.QuestionRef;

/**
 * Classical item statistics of one question, as Moodle's quiz statistics report defines them.
 *
 * @param ref the question
 * @param facility mean mark over maximum mark, 0 to 1
 * @param sd sample standard deviation of the mark, over the maximum mark
 * @param discriminationIndex 100 × Pearson correlation of the mark with the rest of the test
 *                            (total minus this question); empty when either has no variance
 * @param discriminativeEfficiency 100 × covariance(mark, rest) over the largest covariance the
 *                                 same marks could have (both sorted); empty when that is 0
 * @param flags reasons to review the question, possibly none
 * @param options per option of a choice question, counts overall and in the top and bottom thirds; empty otherwise
 * @since 0.1
 */
public record QuestionStatistics(QuestionRef ref, double facility, double sd, OptionalDouble discriminationIndex,
                                 OptionalDouble discriminativeEfficiency, List<Flag> flags, List<OptionCount> options) {

    /** Copies the lists. */
    public QuestionStatistics {
        flags = List.copyOf(flags);
        options = List.copyOf(options);
    }
}
