package org.securebase.model.vignette;

import java.util.Comparator;
import org.securebase.model.Checks;

/**
 * The place of a vignette in a case series: several vignettes that follow the same clients over
 * successive sessions, so a trainee meets the couple of session 1 again, further on, in session 3.
 * A quiz keeps a series' vignettes together and in session order (decision 0150).
 *
 * @param id the series, shared by every vignette in it
 * @param session the vignette's session number in the series, from 1
 * @since 0.4
 */
public record Series(String id, int session) {

    /** Series by id, then by session: the order a quiz asks them in. */
    public static final Comparator<Series> IN_ORDER = Comparator.comparing(Series::id).thenComparingInt(Series::session);

    /** Rejects an id that is not an identifier and a session below 1. */
    public Series {
        Checks.id(id, "series id");
        Checks.positive(session, "session of series " + id);
    }

    /** Words for people: {@code series kim-family, session 2}. */
    public String describe() {
        return "series " + id + ", session " + session;
    }
}
