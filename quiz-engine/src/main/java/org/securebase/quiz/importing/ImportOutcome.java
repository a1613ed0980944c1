package org.securebase.quiz.importing;

import java.util.List;
import org.securebase.model.Checks;

/**
 * What an import did: recorded every attempt of the sheet, or nothing, with every bad row.
 *
 * @since 0.1
 */
public sealed interface ImportOutcome permits ImportOutcome.Imported, ImportOutcome.Rejected {

    /**
     * Every attempt was recorded. The attempts themselves are in the store, one per trainee in the
     * order the sheet first names them; an import keeps only their count, so a sheet of any size
     * is imported in a small heap.
     *
     * @param attempts how many attempts were recorded, one per trainee
     * @param responses how many answer rows were read
     * @since 0.1
     */
    record Imported(int attempts, int responses) implements ImportOutcome {
        /** Requires counts of at least 1. */
        public Imported {
            Checks.positive(attempts, "imported attempts");
            Checks.positive(responses, "imported rows");
        }
    }

    /**
     * Nothing was recorded.
     *
     * @param problems every bad row, by line
     * @since 0.1
     */
    record Rejected(List<RowProblem> problems) implements ImportOutcome {
        /** Requires at least one problem; sorts them by line. */
        public Rejected {
            problems = Checks.nonEmpty(problems.stream().sorted().toList(), "problems of a rejected import");
        }
    }
}
