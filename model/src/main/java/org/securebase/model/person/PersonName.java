package org.securebase.model.person;

import java.text.Normalizer;
import org.securebase.model.ModelException;

/**
 * A person's name as the kit accepts it from outside (an import row, {@code take --name}): any
 * script, combining marks and joiners allowed, but nothing that acts on a terminal or reorders
 * text around it. Refused: control characters (C0, DEL, C1, which carry terminal escape
 * sequences), line and paragraph separators, the bidirectional embeddings, overrides and isolates
 * (U+202A to U+202E, U+2066 to U+2069) that let a name display as another, and more than
 * {@value #MAX_LENGTH} characters. Kept in Unicode normal form C, stripped.
 *
 * @param value the name, NFC, stripped, not blank
 * @since 0.2
 */
public record PersonName(String value) {
    /** The most characters (code points) a name may have. */
    public static final int MAX_LENGTH = 200;

    /** Checks the name; the message names the offending character by its code point. */
    public PersonName {
        if (value == null || value.isBlank()) {
            throw new ModelException("a name is missing or empty");
        }
        value = Normalizer.normalize(value.strip(), Normalizer.Form.NFC);
        int length = value.codePointCount(0, value.length());
        if (length > MAX_LENGTH) {
            throw new ModelException("a name may have at most " + MAX_LENGTH + " characters, this one has " + length
                    + " (it starts '" + value.substring(0, value.offsetByCodePoints(0, 20)) + "…')");
        }
        for (int i = 0; i < value.length(); ) {
            int c = value.codePointAt(i);
            String why = refusal(c);
            if (why != null) {
                throw new ModelException("a name may not hold " + why + " (U+" + String.format("%04X", c)
                        + " at character " + (value.codePointCount(0, i) + 1) + ")");
            }
            i += Character.charCount(c);
        }
    }

    /** The name, checked. */
    public static PersonName of(String value) {
        return new PersonName(value);
    }

    /**
     * Whether a character is refused in a name: one that acts on a terminal or reorders the text
     * around it. The CLI neutralises the same characters wherever text reaches a terminal.
     */
    public static boolean isRefused(int codePoint) {
        return refusal(codePoint) != null;
    }

    /** Why a character is refused in a name, or null when it is allowed. */
    static String refusal(int c) {
        if (Character.getType(c) == Character.CONTROL) {
            return "a control character";
        }
        if (c == 0x2028 || c == 0x2029) {
            return "a line or paragraph separator";
        }
        if (c >= 0x202A && c <= 0x202E || c >= 0x2066 && c <= 0x2069) {
            return "a bidirectional override or isolate, which can make a name display as another";
        }
        return null;
    }

    @Override
    public String toString() {
        return value;
    }
}
