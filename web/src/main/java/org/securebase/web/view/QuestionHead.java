package org.securebase.web.view;

/**
 * What every question page shows above its controls.
 *
 * @param number the question's number in the trainee's delivery
 * @param of how many questions there are
 * @param stem the question text
 * @param points what it is worth
 * @param caseNumber the number of the case it belongs to
 * @param caseTitle the title of that case
 * @param seq the question's sequence number: how many responses to it are stored
 * @param flagged whether the trainee flagged it for review
 * @param notice a message to show first (saved, refused, stale), or empty
 * @since 0.2
 */
public record QuestionHead(int number, int of, String stem, int points, int caseNumber, String caseTitle, int seq,
                           boolean flagged, String notice) {
}
