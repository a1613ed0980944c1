package org.securebase.quiz.importing;

import java.util.List;
import org.securebase.model.Checks;
import org.securebase.quiz.delivery.ScoredAttempt;

/**
 * What an import did: recorded every attempt of the sheet, or nothing, with every bad row.
 *
 * @since 0.1
 */
public sealed interface ImportOutcome permits ImportOutcome.Imported, ImportOutcome.Rejected {

    /**
     * Every attempt was recorded.
     *
     * @param attempts the recorded attempts, scored, one per trainee in the order the sheet first names them
     * @param responses how many answer rows were read
     * @since 0.1
     */
    record Imported(List<ScoredAttempt> attempts, int responses) implements ImportOutcome {
        /** Copies the attempts. */
        public Imported {
            attempts = Checks.list(attempts, "imported attempts");
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
