package org.securebase.quiz.analysis;

/**
 * How often one option of a choice question was chosen: by everyone, by the top third and by the
 * bottom third of attempts ranked by total. A distractor chosen more by the top third than by
 * the bottom third deserves a look.
 *
 * @param position the option's written position
 * @param keyed whether the answer key marks it correct
 * @param all attempts that chose it
 * @param top attempts of the top third that chose it
 * @param bottom attempts of the bottom third that chose it
 * @since 0.1
 */
public record OptionCount(int position, boolean keyed, int all, int top, int bottom) {
}
