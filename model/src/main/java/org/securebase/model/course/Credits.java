package org.securebase.model.course;

import java.math.BigDecimal;
import org.securebase.model.Checks;
import org.securebase.model.ModelException;

/**
 * The continuing-education credit a completed course earns.
 *
 * @param hours credit hours, more than 0
 * @param kind free text such as {@code CE}, {@code CEU}, {@code NBCC clock hours}; {@code CE} by default
 * @since 0.1
 */
public record Credits(BigDecimal hours, String kind) {

    /** Requires positive hours. */
    public Credits {
        Checks.present(hours, "credit hours");
        if (hours.signum() <= 0) {
            throw new ModelException("credit hours must be more than 0, was " + hours.toPlainString());
        }
        kind = kind == null || kind.isBlank() ? "CE" : Checks.normalise(kind);
    }
}
