package org.securebase.web.view;

/**
 * The confirmation before submitting.
 *
 * @param frame the frame
 * @param total how many questions there are
 * @param unanswered how many have no answer
 * @param flagged how many are flagged
 * @since 0.2
 */
public record ConfirmPage(Frame frame, int total, long unanswered, long flagged) {
}
