package org.securebase.quiz.store;

import org.securebase.model.Checks;

/**
 * One line of the rating audit: a rating as it was given, changed or imported, kept forever
 * even when a later rating replaces it.
 *
 * @param id the audit row's number, rising
 * @param action {@code rated}, {@code changed} or {@code imported}
 * @param rating the rating as given at that moment
 * @since 0.3
 */
public record RatingAuditRow(long id, String action, StoredRating rating) {

    /** Requires an action and a rating. */
    public RatingAuditRow {
        Checks.text(action, "action of a rating audit row");
        Checks.present(rating, "rating of an audit row");
    }
}
