package org.securebase.scenarios.lint;

import java.util.List;
import org.securebase.model.vignette.Vignette;

/**
 * A question tagged with many concepts blurs per-concept mastery: a wrong answer counts against
 * all of them. More than four usually means the tags describe the vignette, not the question.
 *
 * @since 0.1
 */
public final class TooManyConcepts implements LintRule {
    /** The rule name. */
    public static final String NAME = "too-many-concepts";
    /** The most concepts a question may name without a warning. */
    public static final int MAXIMUM = 4;

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return "a question names at most " + MAXIMUM + " concepts, so mastery per concept stays meaningful";
    }

    @Override
    public List<Finding> check(Vignette vignette) {
        return vignette.questions().stream()
                .filter(q -> q.concepts().size() > MAXIMUM)
                .map(q -> Finding.question(q.id(), "question " + q.id() + " names " + q.concepts().size()
                        + " concepts: tag at most " + MAXIMUM + ", the ones it really assesses"))
                .toList();
    }
}
