package org.securebase.export.gradebook;

import java.util.List;
import org.securebase.model.Checks;
import org.securebase.model.question.QuestionRef;

/**
 * The statistics of one question with the flags raised on it.
 *
 * @param ref the question
 * @param label its column heading
 * @param stem the question text
 * @param statistics every statistic computed, in display order
 * @param flags the warnings raised, with reasons
 * @since 0.1
 */
public record ItemRow(QuestionRef ref, String label, String stem, List<Statistic> statistics, List<Flag> flags) {

    /**
     * A warning on an item.
     *
     * @param name a stable name, e.g. {@code too-easy}
     * @param reason why, with the numbers
     * @since 0.1
     */
    public record Flag(String name, String reason) {
        /** Requires both. */
        public Flag {
            name = Checks.text(name, "flag name");
            reason = Checks.text(reason, "reason of flag " + name);
        }
    }

    /** Requires a reference, label and stem. */
    public ItemRow {
        Checks.present(ref, "question of an item analysis");
        label = Checks.text(label, "label of item " + ref);
        stem = Checks.text(stem, "stem of item " + ref);
        statistics = Checks.list(statistics, "statistics of item " + ref);
        flags = Checks.list(flags, "flags of item " + ref);
    }
}
