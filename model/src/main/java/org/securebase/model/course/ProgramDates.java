package org.securebase.model.course;

import java.time.LocalDate;
import org.securebase.model.Checks;
import org.securebase.model.ModelException;

/**
 * When the program ran.
 *
 * @param start the first day
 * @param end the last day, not before the first
 * @since 0.1
 */
public record ProgramDates(LocalDate start, LocalDate end) {

    /** Requires an end on or after the start. */
    public ProgramDates {
        Checks.present(start, "program start date");
        Checks.present(end, "program end date");
        if (end.isBefore(start)) {
            throw new ModelException("program ends (" + end + ") before it starts (" + start + ")");
        }
    }
}
