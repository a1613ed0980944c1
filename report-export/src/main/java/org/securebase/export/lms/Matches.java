package org.securebase.export.lms;

import java.util.List;
import java.util.Map;

/**
 * Who was matched to which LMS row, and who could not be.
 *
 * @param matched trainee id to the index of its row among the LMS's students
 * @param unmatched trainees no row names, one line each
 * @param ambiguous trainees several rows name, or who share a row with another trainee, one line each
 * @since 0.2
 */
public record Matches(Map<String, Integer> matched, List<String> unmatched, List<String> ambiguous) {

    /** Copies the collections. */
    public Matches {
        matched = Map.copyOf(matched);
        unmatched = List.copyOf(unmatched);
        ambiguous = List.copyOf(ambiguous);
    }
}
