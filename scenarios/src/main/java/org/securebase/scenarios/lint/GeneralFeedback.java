package org.securebase.scenarios.lint;

import java.util.List;
import org.securebase.model.question.Matching;
import org.securebase.model.question.Ordering;
import org.securebase.model.vignette.Vignette;

/**
 * Ordering and matching questions have no per-option feedback, so they need general feedback
 * explaining the key.
 *
 * @since 0.1
 */
public final class GeneralFeedback implements LintRule {
    /** The rule name. */
    public static final String NAME = "general-feedback";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return "every ordering or matching question has general feedback explaining the key";
    }

    @Override
    public List<Finding> check(Vignette vignette) {
        return vignette.questions().stream()
                .filter(q -> (q instanceof Ordering || q instanceof Matching) && q.feedback() == null)
                .map(q -> Finding.question(q.id(), q.typeName() + " question " + q.id()
                        + " has no general feedback: add <feedback> after its "
                        + (q instanceof Ordering ? "items" : "pairs") + " explaining the key"))
                .toList();
    }
}
