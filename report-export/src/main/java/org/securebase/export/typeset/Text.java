package org.securebase.export.typeset;

import java.text.Bidi;
import java.text.Normalizer;

/**
 * Every string printed into an export passes through here: Unicode NFC, so that a name typed
 * with combining accents prints, extracts and signs the same as one typed with precomposed
 * letters.
 *
 * @since 0.1
 */
public final class Text {
    private Text() {
    }

    /** NFC form of the text; null stays null. */
    public static String nfc(String text) {
        return text == null ? null : Normalizer.normalize(text, Normalizer.Form.NFC);
    }

    /** NFC form with whitespace runs folded to single spaces and the ends trimmed; null stays null. */
    public static String clean(String text) {
        return text == null ? null : nfc(text).strip().replaceAll("\\s+", " ");
    }

    /**
     * The text as its directional runs in the order they stand on the line, left to right, each
     * run in reading order (Unicode bidi, paragraph direction from the first strong character):
     * the order in which a line's pieces are drawn, and so the order a page's text reads back.
     */
    public static String visualOrder(String text) {
        String t = nfc(text);
        if (t == null || t.isEmpty()) {
            return t;
        }
        Bidi bidi = new Bidi(t, Bidi.DIRECTION_DEFAULT_LEFT_TO_RIGHT);
        int count = bidi.getRunCount();
        Object[] runs = new Object[count];
        byte[] levels = new byte[count];
        for (int i = 0; i < count; i++) {
            runs[i] = t.substring(bidi.getRunStart(i), bidi.getRunLimit(i));
            levels[i] = (byte) bidi.getRunLevel(i);
        }
        Bidi.reorderVisually(levels, 0, runs, 0, count);
        StringBuilder out = new StringBuilder();
        for (Object r : runs) {
            out.append((String) r);
        }
        return out.toString();
    }
}
