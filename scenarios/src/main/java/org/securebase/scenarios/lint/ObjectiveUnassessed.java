package org.securebase.scenarios.lint;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.securebase.model.concept.ConceptId;
import org.securebase.model.question.Question;
import org.securebase.model.vignette.Objective;
import org.securebase.model.vignette.Vignette;

/**
 * A concept named on an objective should be assessed by at least one question of the vignette;
 * otherwise the objective promises what the quiz never checks (constructive alignment).
 *
 * @since 0.1
 */
public final class ObjectiveUnassessed implements LintRule {
    /** The rule name. */
    public static final String NAME = "objective-unassessed";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return "every concept on an objective is assessed by some question of the vignette";
    }

    @Override
    public List<Finding> check(Vignette vignette) {
        Set<ConceptId> assessed = new HashSet<>();
        for (Question q : vignette.questions()) {
            assessed.addAll(q.concepts());
        }
        List<Finding> out = new ArrayList<>();
        Set<ConceptId> reported = new HashSet<>();
        List<Objective> objectives = vignette.objectives();
        for (int i = 0; i < objectives.size(); i++) {
            for (ConceptId c : objectives.get(i).concepts()) {
                if (!assessed.contains(c) && reported.add(c)) {
                    out.add(Finding.vignette("objective " + (i + 1) + " names concept '" + c
                            + "', but no question of vignette " + vignette.id() + " assesses it"));
                }
            }
        }
        return out;
    }
}
