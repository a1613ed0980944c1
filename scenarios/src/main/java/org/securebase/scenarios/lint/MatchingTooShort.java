package org.securebase.scenarios.lint;

import java.util.List;
import org.securebase.model.question.Matching;
import org.securebase.model.vignette.Vignette;

/**
 * A matching question with two pairs gives the second pair away once the first is matched.
 *
 * @since 0.1
 */
public final class MatchingTooShort implements LintRule {
    /** The rule name. */
    public static final String NAME = "matching-too-short";
    /** The fewest pairs that do not draw a warning. */
    public static final int MINIMUM = 3;

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return "a matching question has at least " + MINIMUM + " pairs";
    }

    @Override
    public List<Finding> check(Vignette vignette) {
        return vignette.questions().stream()
                .filter(q -> q instanceof Matching m && m.pairs().size() < MINIMUM)
                .map(q -> Finding.question(q.id(), "matching question " + q.id() + " has only "
                        + ((Matching) q).pairs().size() + " pairs: with fewer than " + MINIMUM + " the key is guessable"))
                .toList();
    }
}
