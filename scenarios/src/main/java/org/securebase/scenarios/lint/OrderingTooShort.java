package org.securebase.scenarios.lint;

import java.util.List;
import org.securebase.model.question.Ordering;
import org.securebase.model.vignette.Vignette;

/**
 * An ordering question with two items is a coin toss; three or more make it worth asking.
 *
 * @since 0.1
 */
public final class OrderingTooShort implements LintRule {
    /** The rule name. */
    public static final String NAME = "ordering-too-short";
    /** The fewest items that do not draw a warning. */
    public static final int MINIMUM = 3;

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return "an ordering question has at least " + MINIMUM + " items";
    }

    @Override
    public List<Finding> check(Vignette vignette) {
        return vignette.questions().stream()
                .filter(q -> q instanceof Ordering o && o.items().size() < MINIMUM)
                .map(q -> Finding.question(q.id(), "ordering question " + q.id() + " has only "
                        + ((Ordering) q).items().size() + " items: with fewer than " + MINIMUM + " the order is guessable"))
                .toList();
    }
}
