package org.securebase.scenarios.xml.interchange;

import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.securebase.model.vignette.Client;
import org.securebase.model.vignette.Turn;
import org.securebase.model.vignette.Vignette;

/**
 * The case of a vignette (its content notes, who is in the room, the background, the transcript,
 * who wrote it) as
 * HTML a trainee can read in an LMS, in the elements both Moodle's editor and QTI's XHTML subset
 * accept ({@code div p h3 span strong em}). Class names starting {@code sb-} carry what a
 * SecureBase import needs to rebuild the vignette (its id, format, modality, difficulty, series
 * and session, client and speaker ids); they change nothing a trainee sees. Expert annotations and objectives are
 * for instructors and are not written.
 *
 * @since 0.2
 */
public final class CaseHtml {
    /** The class prefix of every SecureBase marker. */
    public static final String PREFIX = "sb-";

    private CaseHtml() {
    }

    /** The case followed by the stem, as an HTML fragment (Moodle's question text). */
    public static String withStem(Vignette v, String stem) {
        StringWriter out = new StringWriter();
        try {
            XMLStreamWriter w = XMLOutputFactory.newDefaultFactory().createXMLStreamWriter(out);
            write(w, v);
            w.writeStartElement("div");
            w.writeAttribute("class", PREFIX + "stem");
            w.writeStartElement("p");
            w.writeCharacters(stem);
            w.writeEndElement();
            w.writeEndElement();
            w.flush();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("cannot write the case of " + v.id() + ": " + e.getMessage(), e);
        }
        return out.toString();
    }

    /** Writes the case as one {@code div} at the writer's position, in its default namespace. */
    public static void write(XMLStreamWriter w, Vignette v) throws XMLStreamException {
        w.writeStartElement("div");
        w.writeAttribute("class", String.join(" ", PREFIX + "case", PREFIX + "vignette-" + v.id(),
                PREFIX + "format-" + v.format().xmlName(), PREFIX + "modality-" + v.modality().value(),
                PREFIX + "difficulty-" + v.difficulty().xmlName())
                + (v.series() == null ? "" : " " + PREFIX + "series-" + v.series().id() + " " + PREFIX + "session-"
                + v.series().session()));
        contentNotes(w, v.contentNotes());
        element(w, "h3", "title", v.title());
        clients(w, v.clients());
        w.writeStartElement("div");
        w.writeAttribute("class", PREFIX + "background");
        for (String p : v.background()) {
            w.writeStartElement("p");
            w.writeCharacters(p);
            w.writeEndElement();
        }
        w.writeEndElement();
        if (!v.transcript().isEmpty()) {
            w.writeStartElement("div");
            w.writeAttribute("class", PREFIX + "transcript");
            for (Turn t : v.transcript()) {
                turn(w, v, t);
            }
            w.writeEndElement();
        }
        credit(w, v);
        w.writeEndElement();
    }

    /**
     * The content notes, first in the case so an LMS shows them before the case and its question,
     * worded as every SecureBase delivery words them (decision 0088); nothing when there are none.
     */
    private static void contentNotes(XMLStreamWriter w, List<String> notes) throws XMLStreamException {
        if (notes.isEmpty()) {
            return;
        }
        w.writeStartElement("p");
        w.writeAttribute("class", PREFIX + "content-notes");
        w.writeStartElement("strong");
        w.writeCharacters("Content note:");
        w.writeEndElement();
        w.writeCharacters(" this case includes ");
        for (int i = 0; i < notes.size(); i++) {
            if (i > 0) {
                w.writeCharacters("; ");
            }
            element(w, "span", "content-note", notes.get(i));
        }
        w.writeCharacters(".");
        w.writeEndElement();
    }

    private static void clients(XMLStreamWriter w, List<Client> clients) throws XMLStreamException {
        w.writeStartElement("p");
        w.writeAttribute("class", PREFIX + "clients");
        w.writeCharacters("In the room: ");
        for (int i = 0; i < clients.size(); i++) {
            Client c = clients.get(i);
            if (i > 0) {
                w.writeCharacters("; ");
            }
            w.writeStartElement("span");
            w.writeAttribute("class", PREFIX + "client " + PREFIX + "client-" + c.id());
            element(w, "span", "name", c.name());
            List<String[]> details = new ArrayList<>();
            if (c.age() != null) {
                details.add(new String[] {"age", String.valueOf(c.age())});
            }
            if (c.pronouns() != null) {
                details.add(new String[] {"pronouns", c.pronouns()});
            }
            if (c.role() != null) {
                details.add(new String[] {"role", c.role()});
            }
            if (!details.isEmpty()) {
                w.writeCharacters(" (");
                for (int d = 0; d < details.size(); d++) {
                    if (d > 0) {
                        w.writeCharacters(", ");
                    }
                    element(w, "span", details.get(d)[0], details.get(d)[1]);
                }
                w.writeCharacters(")");
            }
            w.writeEndElement();
        }
        w.writeEndElement();
    }

    private static void turn(XMLStreamWriter w, Vignette v, Turn t) throws XMLStreamException {
        w.writeStartElement("p");
        w.writeAttribute("class", PREFIX + "turn " + PREFIX + "speaker-" + t.speaker());
        String who = t.byTherapist() ? "Therapist" : v.client(t.speaker()).map(Client::name).orElse(t.speaker());
        w.writeStartElement("strong");
        w.writeCharacters(who + ":");
        w.writeEndElement();
        w.writeCharacters(" ");
        if (t.nonverbal() != null) {
            w.writeStartElement("em");
            w.writeAttribute("class", PREFIX + "nonverbal");
            w.writeCharacters("(" + t.nonverbal() + ")");
            w.writeEndElement();
            w.writeCharacters(" ");
        }
        element(w, "span", "said", t.text());
        w.writeEndElement();
    }

    private static void credit(XMLStreamWriter w, Vignette v) throws XMLStreamException {
        w.writeStartElement("p");
        w.writeAttribute("class", PREFIX + "credit");
        w.writeCharacters("Case by ");
        for (int i = 0; i < v.authors().size(); i++) {
            if (i > 0) {
                w.writeCharacters(", ");
            }
            element(w, "span", "author", v.authors().get(i));
        }
        if (v.license() != null) {
            w.writeCharacters("; licence ");
            element(w, "span", "license", v.license());
        }
        w.writeEndElement();
    }

    private static void element(XMLStreamWriter w, String name, String marker, String text) throws XMLStreamException {
        w.writeStartElement(name);
        w.writeAttribute("class", PREFIX + marker);
        w.writeCharacters(text);
        w.writeEndElement();
    }
}
