package org.securebase.scenarios.interchange;

import java.util.ArrayList;
import java.util.List;

/**
 * Plain text into HTML and back, for the LMS fields that hold HTML (Moodle's {@code format="html"}
 * texts): our text is escaped on the way out, their HTML is reduced to text on the way in.
 *
 * @since 0.2
 */
public final class Html {
    private Html() {
    }

    /** The text with {@code & < > "} escaped, so HTML shows it as written. */
    public static String escape(String text) {
        StringBuilder s = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> s.append("&amp;");
                case '<' -> s.append("&lt;");
                case '>' -> s.append("&gt;");
                case '"' -> s.append("&quot;");
                default -> s.append(c);
            }
        }
        return s.toString();
    }

    /**
     * The text of an HTML fragment: tags dropped (a block end or {@code <br>} becomes a paragraph
     * break), character references decoded, whitespace folded within each paragraph.
     *
     * @return the paragraphs, none blank
     */
    public static List<String> paragraphs(String html) {
        String marked = html.replaceAll("(?i)<br\\s*/?>|</(p|div|li|h[1-6]|tr|blockquote)\\s*>", "\u0000");
        String text = decode(marked.replaceAll("(?s)<!--.*?-->", "").replaceAll("(?s)<[^>]*>", ""));
        List<String> out = new ArrayList<>();
        for (String p : text.split("\u0000")) {
            String folded = p.replaceAll("[\\s\\u00a0]+", " ").strip();
            if (!folded.isEmpty()) {
                out.add(folded);
            }
        }
        return out;
    }

    /** The text of an HTML fragment as one line (paragraphs joined by a space). */
    public static String text(String html) {
        return String.join(" ", paragraphs(html));
    }

    /**
     * Decodes the character references HTML editors write: numeric ones, the five XML ones and the
     * typographic ones TinyMCE and Atto use (quotes, dashes, ellipsis, {@code &nbsp;}); others stay as written.
     */
    static String decode(String s) {
        if (s.indexOf('&') < 0) {
            return s;
        }
        StringBuilder out = new StringBuilder(s.length());
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            int semi = c == '&' ? s.indexOf(';', i) : -1;
            if (semi > i && semi - i <= 10) {
                String name = s.substring(i + 1, semi);
                String decoded = reference(name);
                if (decoded != null) {
                    out.append(decoded);
                    i = semi + 1;
                    continue;
                }
            }
            out.append(c);
            i++;
        }
        return out.toString();
    }

    private static String reference(String name) {
        switch (name) {
            case "amp": return "&";
            case "lt": return "<";
            case "gt": return ">";
            case "quot": return "\"";
            case "apos": return "'";
            case "nbsp": return " ";
            case "ldquo": return "\u201c";
            case "rdquo": return "\u201d";
            case "lsquo": return "\u2018";
            case "rsquo": return "\u2019";
            case "ndash": return "\u2013";
            case "mdash": return "\u2014";
            case "hellip": return "\u2026";
            case "eacute": return "\u00e9";
            case "copy": return "\u00a9";
            default: break;
        }
        try {
            if (name.startsWith("#x") || name.startsWith("#X")) {
                return new String(Character.toChars(Integer.parseInt(name.substring(2), 16)));
            }
            if (name.startsWith("#")) {
                return new String(Character.toChars(Integer.parseInt(name.substring(1))));
            }
        } catch (IllegalArgumentException e) {
            return null;
        }
        return null;
    }
}
