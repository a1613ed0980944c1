package org.securebase.web.view;

/**
 * One option, item or right-hand side as shown, under its delivery letter.
 *
 * @param letter A, B, C…
 * @param text what the trainee reads
 * @param chosen whether the trainee's saved answer chose it
 * @since 0.2
 */
public record Choice(String letter, String text, boolean chosen) {
}
