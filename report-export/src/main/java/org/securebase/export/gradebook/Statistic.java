package org.securebase.export.gradebook;

import org.securebase.model.Checks;

/**
 * A named number: one statistic of an item or of the whole test.
 *
 * @param name e.g. {@code facility}, {@code point-biserial}, {@code KR-20}
 * @param value the number, or null when it cannot be computed (e.g. no variance)
 * @since 0.1
 */
public record Statistic(String name, Double value) {

    /** Requires a name. */
    public Statistic {
        name = Checks.text(name, "statistic name");
    }
}
