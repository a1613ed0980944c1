package org.securebase.cli.terminal;

import org.securebase.model.person.PersonName;

/**
 * Text from outside the kit (names, values read from files) made safe to print to a terminal:
 * every character {@link PersonName} refuses (control characters that start terminal escape
 * sequences, line separators, bidirectional overrides and isolates) is shown as its code point,
 * {@code <U+001B>}, so it can neither drive the terminal nor make a name read as another. The one
 * place the CLI does this; commands print names through it.
 *
 * @since 0.2
 */
public final class Shown {
    private Shown() {
    }

    /**
     * The text with every refused character replaced by its code point, e.g. {@code <U+001B>}
     * for ESC; null stays null.
     */
    public static String safe(String text) {
        if (text == null) {
            return null;
        }
        StringBuilder out = null;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            int n = Character.charCount(c);
            if (PersonName.isRefused(c)) {
                if (out == null) {
                    out = new StringBuilder(text.length() + 16).append(text, 0, i);
                }
                out.append(String.format("<U+%04X>", c));
            } else if (out != null) {
                out.appendCodePoint(c);
            }
            i += n;
        }
        return out == null ? text : out.toString();
    }
}
