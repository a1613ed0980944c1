package org.securebase.scenarios.xml;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.securebase.scenarios.diagnostic.Position;
import org.xml.sax.Attributes;
import org.xml.sax.Locator;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.XMLFilterImpl;

/**
 * The elements open at the parser's current point, each with where its start tag begins and the
 * id it carries, passed through to the next handler unchanged. Messages use it to name what they
 * are about: the schema validator reports an empty {@code <stem>} without saying whose, and the
 * parser reports an unclosed element at the end tag that gave it away, not where it was opened.
 * One instance per file: it sits in front of the schema validator, so when the validator reports
 * a problem the element it concerns is still open here.
 */
final class OpenElements extends XMLFilterImpl {
    /** Elements that repeat under one parent: named by their position ("option 2"). */
    private static final Set<String> COUNTED = Set.of("option", "turn", "item", "pair", "p", "note", "objective",
            "author", "select", "fixed");
    /** Elements named by their id and the word an author uses for them. */
    private static final Map<String, String> WORDS = Map.of("single-choice", "question",
            "multiple-response", "question", "ordering", "question", "matching", "question", "vignette", "vignette",
            "quiz", "blueprint", "section", "section", "course", "course", "client", "client");

    private final byte[] bytes;
    private final List<Open> open = new ArrayList<>();
    private Locator locator;
    private String[] lines;

    /** One open element: its name, id, position among same-named siblings, start tag, and the counts of its children. */
    private static final class Open {
        final String uri;
        final String name;
        final String id;
        final int ordinal;
        final int line;
        final int column;
        final Map<String, Integer> children = new HashMap<>();

        Open(String uri, String name, String id, int ordinal, int line, int column) {
            this.uri = uri;
            this.name = name;
            this.id = id;
            this.ordinal = ordinal;
            this.line = line;
            this.column = column;
        }
    }

    /** @param bytes the file being parsed, to find where a start tag begins when one is reported */
    OpenElements(byte[] bytes) {
        this.bytes = bytes;
    }

    @Override
    public void setDocumentLocator(Locator locator) {
        this.locator = locator;
        super.setDocumentLocator(locator);
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes atts) throws SAXException {
        Open parent = open.isEmpty() ? null : open.get(open.size() - 1);
        int ordinal = parent == null ? 1 : parent.children.merge(localName, 1, Integer::sum);
        int line = locator == null ? 0 : Math.max(0, locator.getLineNumber());
        int column = locator == null ? 0 : Math.max(0, locator.getColumnNumber());
        open.add(new Open(uri, localName, atts.getValue("id"), ordinal, line, column));
        super.startElement(uri, localName, qName, atts);
    }

    @Override
    public void endElement(String uri, String localName, String qName) throws SAXException {
        super.endElement(uri, localName, qName);
        if (!open.isEmpty()) {
            open.remove(open.size() - 1);
        }
    }

    /** The namespace of the innermost open element, empty when none. */
    String currentNamespace() {
        return open.isEmpty() ? "" : open.get(open.size() - 1).uri;
    }

    /** Where the parser is now. */
    Position here() {
        return Problems.position(locator);
    }

    /**
     * The innermost open element in words, e.g. {@code <stem> of question q1} or
     * {@code <feedback> of option 2 of question q1}: from it up to the nearest element with an id.
     */
    String current() {
        if (open.isEmpty()) {
            return "the root element";
        }
        StringBuilder out = new StringBuilder("<").append(open.get(open.size() - 1).name).append('>');
        for (int i = open.size() - 2; i >= 0; i--) {
            Open o = open.get(i);
            String word = WORDS.get(o.name);
            if (word != null && o.id != null) {
                return out.append(" of ").append(word).append(' ').append(o.id).toString();
            }
            if (COUNTED.contains(o.name)) {
                out.append(" of ").append(o.name).append(' ').append(o.ordinal);
            } else if (i > 0) {
                out.append(" in <").append(o.name).append('>');
            }
        }
        return out.toString();
    }

    /**
     * For a parser error about an element left open, the innermost open element and where its
     * start tag begins; null when nothing is open.
     */
    String innermostOpened() {
        if (open.isEmpty()) {
            return null;
        }
        Open o = open.get(open.size() - 1);
        Position start = startTag(o);
        return "<" + o.name + "> opened at line " + start.line() + ", column " + start.column() + " is not closed";
    }

    /**
     * The locator gives the end of a start tag; the author wrote its {@code <} earlier, perhaps
     * lines before (attributes on several lines). Scans back for it, falling back to the end.
     */
    private Position startTag(Open o) {
        if (lines == null) {
            lines = new String(bytes, StandardCharsets.UTF_8).split("\r\n|\r|\n", -1);
        }
        int line = o.line;
        int col = o.column - 1;
        while (line >= 1 && line <= lines.length) {
            String text = lines[line - 1];
            int from = Math.min(col, text.length()) - 1;
            for (int c = from; c >= 0; c--) {
                if (text.charAt(c) == '<' && names(text, c + 1 + prefixLength(text, c + 1), o.name)) {
                    return new Position(line, c + 1);
                }
            }
            line--;
            col = Integer.MAX_VALUE;
            if (line < o.line - 50) {
                break;
            }
        }
        return new Position(o.line, o.column);
    }

    /** Whether the text names this element here, followed by the end of the name. */
    private static boolean names(String text, int at, String name) {
        int end = at + name.length();
        return text.startsWith(name, at) && (end == text.length() || " \t/>".indexOf(text.charAt(end)) >= 0);
    }

    /** Length of a namespace prefix with its colon at this point of a start tag ({@code v:}), or 0. */
    private static int prefixLength(String text, int at) {
        int i = at;
        while (i < text.length() && (Character.isLetterOrDigit(text.charAt(i)) || text.charAt(i) == '-'
                || text.charAt(i) == '_' || text.charAt(i) == '.')) {
            i++;
        }
        return i < text.length() && text.charAt(i) == ':' ? i - at + 1 : 0;
    }
}
