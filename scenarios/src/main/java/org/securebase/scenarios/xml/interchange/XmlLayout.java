package org.securebase.scenarios.xml.interchange;

import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Indents what the interchange writers write, so the files read well and diff line by line:
 * elements holding elements go on their own lines, elements holding text stay on one.
 *
 * @since 0.2
 */
public final class XmlLayout {
    private static final String INDENT = "  ";

    private final XMLStreamWriter w;
    private int depth;

    /** Lays out what is written through this writer. */
    public XmlLayout(XMLStreamWriter w) {
        this.w = w;
    }

    /** The writer, for attributes and inline content. */
    public XMLStreamWriter writer() {
        return w;
    }

    /** Starts an element that will hold child elements on their own lines. */
    public void open(String name) throws XMLStreamException {
        newline();
        w.writeStartElement(name);
        depth++;
    }

    /** Ends the element {@link #open(String)} started. */
    public void close() throws XMLStreamException {
        depth--;
        newline();
        w.writeEndElement();
    }

    /** Starts an element on its own line whose content follows inline; the caller ends it. */
    public void start(String name) throws XMLStreamException {
        newline();
        w.writeStartElement(name);
    }

    /** An empty element on its own line; the caller adds attributes. */
    public void empty(String name) throws XMLStreamException {
        newline();
        w.writeEmptyElement(name);
    }

    /** An element holding text, on one line. */
    public void leaf(String name, String text) throws XMLStreamException {
        start(name);
        w.writeCharacters(text);
        w.writeEndElement();
    }

    /** A line break at the current depth. */
    public void newline() throws XMLStreamException {
        w.writeCharacters("\n" + INDENT.repeat(depth));
    }
}
