package org.securebase.export.typeset;

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
}
