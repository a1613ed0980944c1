package org.securebase.export.report;

import org.securebase.model.Checks;
import org.securebase.model.ModelException;
import org.securebase.model.concept.ConceptGroup;

/**
 * A trainee's mastery of one concept group: the share of the points on its concepts earned.
 *
 * @param group the concept group
 * @param mastery 0 to 1
 * @since 0.1
 */
public record GroupScore(ConceptGroup group, double mastery) {

    /** Requires a group and a share in [0, 1]. */
    public GroupScore {
        Checks.present(group, "concept group");
        if (!(mastery >= 0 && mastery <= 1)) {
            throw new ModelException("mastery of " + group.title() + " must be between 0 and 1, was " + mastery);
        }
    }
}
