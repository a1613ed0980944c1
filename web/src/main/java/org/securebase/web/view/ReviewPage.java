package org.securebase.web.view;

import java.util.List;

/**
 * The review list: every question with whether it is answered or flagged.
 *
 * @param frame the frame
 * @param lines the questions in delivery order
 * @param answered how many are answered
 * @since 0.2
 */
public record ReviewPage(Frame frame, List<Line> lines, long answered) {
    /**
     * One question of the list.
     *
     * @param number its number
     * @param stem its text, shortened
     * @param answered whether an answer counts for it
     * @param flagged whether it is flagged
     * @param late whether a late answer to it was not counted
     */
    public record Line(int number, String stem, boolean answered, boolean flagged, boolean late) {
    }
}
