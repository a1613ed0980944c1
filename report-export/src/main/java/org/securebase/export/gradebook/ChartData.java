package org.securebase.export.gradebook;

import java.util.List;
import org.securebase.model.Checks;
import org.securebase.model.ModelException;
import org.securebase.model.concept.ConceptGroup;

/**
 * The pre-binned numbers behind the gradebook's charts (charts cannot be streamed, so they
 * are built before the trainee rows are written).
 *
 * @param distribution trainees per score band, in band order; at least one band
 * @param mastery mean mastery per concept group, 0 to 1; at least one group
 * @since 0.1
 */
public record ChartData(List<Band> distribution, List<GroupMastery> mastery) {

    /**
     * A score band and how many trainees fell in it.
     *
     * @param label e.g. {@code 80–89%}
     * @param trainees at least 0
     * @since 0.1
     */
    public record Band(String label, int trainees) {
        /** Requires a label and a count ≥ 0. */
        public Band {
            label = Checks.text(label, "label of a score band");
            Checks.notNegative(trainees, "trainees in band " + label);
        }
    }

    /**
     * Mean mastery of one concept group.
     *
     * @param group the group
     * @param mastery 0 to 1
     * @since 0.1
     */
    public record GroupMastery(ConceptGroup group, double mastery) {
        /** Requires a group and a share within [0, 1]. */
        public GroupMastery {
            Checks.present(group, "concept group");
            if (mastery < 0 || mastery > 1) {
                throw new ModelException("mastery of " + group.title() + " must be between 0 and 1, was " + mastery);
            }
        }
    }

    /** Requires a band and a group. */
    public ChartData {
        distribution = Checks.nonEmpty(distribution, "score bands");
        mastery = Checks.nonEmpty(mastery, "concept-group mastery");
    }

    /**
     * Ten 10-point bands (0–9% … 90–100%) counted from score fractions, using O(1) memory.
     *
     * @param fractions each trainee's score as a share of the maximum, 0 to 1
     */
    public static List<Band> tenBands(Iterable<Double> fractions) {
        int[] counts = new int[10];
        for (double f : fractions) {
            counts[Math.min(9, (int) Math.floor(f * 10 + 1e-9))]++;
        }
        List<Band> bands = new java.util.ArrayList<>();
        for (int i = 0; i < 10; i++) {
            bands.add(new Band(i * 10 + (i == 9 ? "–100%" : "–" + (i * 10 + 9) + "%"), counts[i]));
        }
        return bands;
    }
}
