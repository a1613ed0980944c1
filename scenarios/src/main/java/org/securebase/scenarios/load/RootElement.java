package org.securebase.scenarios.load;

import java.nio.charset.StandardCharsets;

/**
 * Tells from the first bytes of a file which kind of content its root element announces, without
 * parsing it: the loader reads blueprints and courses before vignettes so that it can check the
 * library against them as the vignettes stream past. Only the local name of the first element is
 * looked at; the parser still decides what the file really is.
 */
final class RootElement {
    /** What the head of a file announces. */
    enum Kind {
        /** A {@code <vignette>} root. */
        VIGNETTE,
        /** A {@code <quiz>} or {@code <course>} root. */
        BLUEPRINT_OR_COURSE,
        /** Anything else: another root, no root within the head, not XML at all. */
        UNKNOWN
    }

    private RootElement() {
    }

    /** The kind the first element of these bytes (UTF-8 or any ASCII-compatible encoding) announces. */
    static Kind of(byte[] head) {
        String text = new String(head, StandardCharsets.ISO_8859_1);
        int i = text.startsWith("\u00EF\u00BB\u00BF") ? 3 : 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == ' ' || c == '\t' || c == '\r' || c == '\n') {
                i++;
            } else if (text.startsWith("<?", i)) {
                i = after(text, i, "?>");
            } else if (text.startsWith("<!--", i)) {
                i = after(text, i, "-->");
            } else if (c == '<' && i + 1 < text.length() && text.charAt(i + 1) != '!') {
                int end = i + 1;
                while (end < text.length() && " \t\r\n/>".indexOf(text.charAt(end)) < 0) {
                    end++;
                }
                if (end == text.length()) {
                    return Kind.UNKNOWN;
                }
                String name = text.substring(i + 1, end);
                String local = name.substring(name.indexOf(':') + 1);
                return switch (local) {
                    case "vignette" -> Kind.VIGNETTE;
                    case "quiz", "course" -> Kind.BLUEPRINT_OR_COURSE;
                    default -> Kind.UNKNOWN;
                };
            } else {
                return Kind.UNKNOWN;
            }
        }
        return Kind.UNKNOWN;
    }

    private static int after(String text, int from, String end) {
        int at = text.indexOf(end, from + 2);
        return at < 0 ? text.length() : at + end.length();
    }
}
