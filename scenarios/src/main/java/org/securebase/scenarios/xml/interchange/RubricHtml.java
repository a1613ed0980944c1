package org.securebase.scenarios.xml.interchange;

import java.io.StringWriter;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.securebase.model.question.OpenResponse;
import org.securebase.model.question.RubricCriterion;
import org.securebase.model.question.RubricLevel;

/**
 * What a grader needs beside an open answer, the model answer and the rubric, as HTML for an
 * LMS's grader-only field (Moodle's {@code graderinfo}, a QTI {@code rubricBlock view="scorer"}).
 * Each criterion is a paragraph with its title and points, then one paragraph a level; only
 * {@code div p strong}, which both Moodle's editor and QTI's XHTML subset accept.
 *
 * @since 0.3
 */
public final class RubricHtml {
    private RubricHtml() {
    }

    /** The grader information as an HTML fragment. */
    public static String of(OpenResponse q) {
        StringWriter out = new StringWriter();
        try {
            XMLStreamWriter w = XMLOutputFactory.newDefaultFactory().createXMLStreamWriter(out);
            write(w, q);
            w.flush();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("cannot write the rubric of " + q.id() + ": " + e.getMessage(), e);
        }
        return out.toString();
    }

    /** Writes the grader information as one {@code div} at the writer's position, in its default namespace. */
    public static void write(XMLStreamWriter w, OpenResponse q) throws XMLStreamException {
        w.writeStartElement("div");
        w.writeAttribute("class", CaseHtml.PREFIX + "grader-information");
        if (q.modelAnswer() != null) {
            paragraph(w, "Model answer: ", q.modelAnswer());
        }
        if (q.rubric() != null) {
            for (RubricCriterion c : q.rubric().criteria()) {
                paragraph(w, c.title() + " (" + c.id() + ", " + points(c.points()) + ")", null);
                for (int i = 0; i < c.levels().size(); i++) {
                    RubricLevel level = c.levels().get(i);
                    paragraph(w, "Level " + (i + 1) + ", " + points(level.points()) + ": ",
                            level.described() ? level.descriptor() : "(no descriptor)");
                }
            }
        } else {
            paragraph(w, "No rubric: ", "award 0 to " + points(q.points()) + " as a whole.");
        }
        w.writeEndElement();
    }

    private static void paragraph(XMLStreamWriter w, String label, String text) throws XMLStreamException {
        w.writeStartElement("p");
        w.writeStartElement("strong");
        w.writeCharacters(label);
        w.writeEndElement();
        if (text != null) {
            w.writeCharacters(text);
        }
        w.writeEndElement();
    }

    private static String points(int points) {
        return points == 1 ? "1 point" : points + " points";
    }
}
