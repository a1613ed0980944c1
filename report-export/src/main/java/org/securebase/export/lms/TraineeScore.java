package org.securebase.export.lms;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * A trainee's counted score on a quiz, with what an LMS can match them by.
 *
 * @param traineeId the trainee's SecureBase id (often a student number or an e-mail)
 * @param name the trainee's name
 * @param email the trainee's e-mail, or null
 * @param points the points earned
 * @since 0.2
 */
public record TraineeScore(String traineeId, String name, String email, BigDecimal points) {

    /** Requires an id, a name and points. */
    public TraineeScore {
        Objects.requireNonNull(traineeId, "traineeId");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(points, "points of " + traineeId);
        email = email == null || email.isBlank() ? null : email.strip();
    }

    /** The points as a gradebook shows them: at most two decimals, no trailing zeros. */
    public String shownPoints() {
        BigDecimal p = points.setScale(2, RoundingMode.HALF_UP).stripTrailingZeros();
        return p.signum() == 0 ? "0" : p.toPlainString();
    }
}
