package org.securebase.cli.terminal;

import java.util.ArrayList;
import java.util.List;

/**
 * Wraps prose to a width, for definitions, stems and feedback printed in a terminal.
 *
 * @since 0.1
 */
public final class Paragraphs {
    private Paragraphs() {
    }

    /** Splits text into lines of at most {@code width} characters at spaces (a longer word stands alone). */
    public static List<String> wrap(String text, int width) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.strip().split("\\s+")) {
            if (line.length() > 0 && line.length() + 1 + word.length() > width) {
                lines.add(line.toString());
                line.setLength(0);
            }
            if (line.length() > 0) {
                line.append(' ');
            }
            line.append(word);
        }
        if (line.length() > 0) {
            lines.add(line.toString());
        }
        return lines;
    }

    /** Wraps text and indents every line. */
    public static String indented(String text, int indent, int width) {
        String pad = " ".repeat(indent);
        StringBuilder out = new StringBuilder();
        for (String l : wrap(text, Math.max(20, width - indent))) {
            out.append(pad).append(l).append(System.lineSeparator());
        }
        return out.toString();
    }
}
