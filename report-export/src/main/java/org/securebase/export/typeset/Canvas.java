package org.securebase.export.typeset;

import com.lowagie.text.Chunk;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfString;
import java.awt.Color;

/**
 * Positioned text on a page's direct content: single lines aligned at a point, text shrunk to
 * fit a width, and wrapped blocks that report where they ended. All text is NFC-normalised and
 * drawn as {@link FontSet#runs runs}, so any script the bundled fonts cover prints shaped and
 * in reading direction. Text can be drawn inside a named region (a marked-content sequence
 * {@value #REGION_TAG} with the name under {@code /N}), so a checker can find each printed value.
 *
 * @since 0.1
 */
public final class Canvas {
    /** The marked-content tag of a named region. */
    public static final String REGION_TAG = "SBText";

    private final PdfContentByte content;
    private final FontSet fonts;

    /**
     * @param content the page's direct content
     * @param fonts the embedded fonts
     */
    public Canvas(PdfContentByte content, FontSet fonts) {
        this.content = content;
        this.fonts = fonts;
    }

    /** The direct content, for drawing. */
    public PdfContentByte content() {
        return content;
    }

    /** The font set. */
    public FontSet fonts() {
        return fonts;
    }

    /** Draws inside a named region. */
    public void region(String name, Runnable draw) {
        PdfDictionary properties = new PdfDictionary();
        properties.put(PdfName.N, new PdfString(name));
        content.beginMarkedContentSequence(new PdfName(REGION_TAG), properties, true);
        draw.run();
        content.endMarkedContentSequence();
    }

    /**
     * One line of text.
     *
     * @param align {@link Element#ALIGN_LEFT}, {@link Element#ALIGN_CENTER} or {@link Element#ALIGN_RIGHT}
     * @param tracking extra space between characters in points (0 for none)
     * @throws ExportException when a character cannot be printed
     */
    public void line(String text, Face face, float size, Color color, float x, float y, int align, float tracking) {
        line(text, face, size, color, x, y, align, tracking, 0);
    }

    /** One line of text, rotated by an angle in degrees about its alignment point. */
    public void line(String text, Face face, float size, Color color, float x, float y, int align, float tracking,
                     float rotation) {
        Phrase phrase = new Phrase();
        for (Run r : fonts.runs(text, face)) {
            Chunk chunk = new Chunk(r.text(), new Font(r.font(), size, Font.NORMAL, color));
            if (tracking != 0 && !r.rightToLeft()) {
                chunk.setCharacterSpacing(tracking);
            }
            phrase.add(chunk);
        }
        ColumnText.showTextAligned(content, align, phrase, x, y, rotation);
    }

    /** The width of a line of text at a size, without tracking. */
    public float width(String text, Face face, float size) {
        return fonts.width(text, face, size);
    }

    /** The largest size from max down to min at which the text fits the width (min when none does). */
    public float fit(String text, Face face, float max, float min, float width) {
        float w = width(text, face, 1f);
        return w <= 0 ? max : Math.max(min, Math.min(max, width / w));
    }

    /**
     * Wrapped text between two x positions, starting with its first baseline near {@code top}.
     *
     * @return the y of the last baseline written
     * @throws ExportException when a character cannot be printed
     */
    public float block(String text, Face face, float size, Color color, float left, float right, float top,
                       float leading, int align) {
        Phrase phrase = fonts.phrase(text, face, size, color);
        phrase.setLeading(leading);
        return block(phrase, left, right, top, leading, align);
    }

    /**
     * A wrapped phrase (mixed fonts) between two x positions.
     *
     * @return the y of the last baseline written
     */
    public float block(Phrase phrase, float left, float right, float top, float leading, int align) {
        ColumnText column = new ColumnText(content);
        column.setSimpleColumn(left, 0, right, top + leading);
        column.setLeading(leading);
        column.setAlignment(align);
        column.setText(phrase);
        try {
            column.go();
        } catch (RuntimeException e) {
            throw new ExportException("cannot lay out the text '" + phrase.getContent() + "': " + e.getMessage(), e);
        }
        return column.getYLine();
    }

    /** A horizontal rule. */
    public void rule(float x1, float x2, float y, float width, Color color) {
        content.saveState();
        content.setColorStroke(color);
        content.setLineWidth(width);
        content.moveTo(x1, y);
        content.lineTo(x2, y);
        content.stroke();
        content.restoreState();
    }
}
