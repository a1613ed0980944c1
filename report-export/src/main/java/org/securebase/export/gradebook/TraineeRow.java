package org.securebase.export.gradebook;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.securebase.model.Checks;
import org.securebase.model.ModelException;
import org.securebase.model.concept.ConceptId;

/**
 * One trainee's line in the gradebook.
 *
 * @param traineeId the trainee's id
 * @param name the trainee's name
 * @param score points earned
 * @param max points possible, more than 0
 * @param passed whether the attempt passed
 * @param completed the completion date, or null when not completed
 * @param certificateNumber the certificate issued, or null
 * @param responses one per question column, in column order (null entries for unanswered are not allowed: use 0 points)
 * @param mastery share of points earned per concept, 0 to 1; concepts not assessed are absent
 * @param missedMustPass the must-pass questions the attempt did not earn in full (why it failed
 *                       whatever the total), or null when none was missed
 * @param awaitingGrading true while an open answer has no mark: the score is provisional and the
 *                        attempt neither passed nor failed (decision 0140)
 * @since 0.1
 */
public record TraineeRow(String traineeId, String name, BigDecimal score, BigDecimal max, boolean passed,
                         LocalDate completed, String certificateNumber, List<ResponseMark> responses,
                         Map<ConceptId, Double> mastery, String missedMustPass, boolean awaitingGrading) {

    /** A row whose score is final. */
    public TraineeRow(String traineeId, String name, BigDecimal score, BigDecimal max, boolean passed,
                      LocalDate completed, String certificateNumber, List<ResponseMark> responses,
                      Map<ConceptId, Double> mastery, String missedMustPass) {
        this(traineeId, name, score, max, passed, completed, certificateNumber, responses, mastery, missedMustPass,
                false);
    }

    /** A row with no must-pass question missed. */
    public TraineeRow(String traineeId, String name, BigDecimal score, BigDecimal max, boolean passed,
                      LocalDate completed, String certificateNumber, List<ResponseMark> responses,
                      Map<ConceptId, Double> mastery) {
        this(traineeId, name, score, max, passed, completed, certificateNumber, responses, mastery, null);
    }

    /** Requires id, name, 0 ≤ score ≤ max, mastery within [0, 1]. */
    public TraineeRow {
        traineeId = Checks.text(traineeId, "trainee id");
        name = Checks.text(name, "name of trainee " + traineeId);
        Checks.present(score, "score of trainee " + traineeId);
        Checks.present(max, "maximum score of trainee " + traineeId);
        if (max.signum() <= 0 || score.signum() < 0 || score.compareTo(max) > 0) {
            throw new ModelException("score of trainee " + traineeId + " must be between 0 and a maximum above 0, was "
                    + score.toPlainString() + " of " + max.toPlainString());
        }
        certificateNumber = Checks.optionalText(certificateNumber);
        missedMustPass = Checks.optionalText(missedMustPass);
        if (missedMustPass != null && passed) {
            throw new ModelException("trainee " + traineeId + " cannot pass having missed must-pass " + missedMustPass);
        }
        if (awaitingGrading && passed) {
            throw new ModelException("trainee " + traineeId + " cannot pass while an answer awaits grading");
        }
        responses = Checks.list(responses, "responses of trainee " + traineeId);
        mastery = Map.copyOf(mastery == null ? Map.of() : mastery);
        for (Map.Entry<ConceptId, Double> e : mastery.entrySet()) {
            if (e.getValue() == null || e.getValue() < 0 || e.getValue() > 1) {
                throw new ModelException("mastery of " + e.getKey() + " for trainee " + traineeId
                        + " must be between 0 and 1, was " + e.getValue());
            }
        }
    }

    /**
     * What the gradebook prints in the pass column: {@code pending} while an answer awaits
     * grading, else {@code pass} or {@code fail} (with the must-pass questions missed, when asked).
     *
     * @param withMissed whether a fail names the must-pass questions missed
     * @return the verdict
     * @since 0.3
     */
    public String verdict(boolean withMissed) {
        if (awaitingGrading) {
            return "pending";
        }
        if (passed) {
            return "pass";
        }
        return withMissed && missedMustPass != null ? "fail: missed must-pass " + missedMustPass : "fail";
    }

    /** The score as a share of the maximum, 0 to 1. */
    public double fraction() {
        return score.doubleValue() / max.doubleValue();
    }
}
