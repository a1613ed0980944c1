package org.securebase.export.typeset;

import com.lowagie.text.pdf.BaseFont;

/**
 * A piece of one line of text drawn with one font, in logical (reading) order; the runs of a
 * line are given in visual order, left to right.
 *
 * @param text the characters, NFC
 * @param font the font that has a glyph for every one of them
 * @param rightToLeft true when the run reads right to left (its glyphs are laid out so)
 * @since 0.2
 */
public record Run(String text, BaseFont font, boolean rightToLeft) {
}
