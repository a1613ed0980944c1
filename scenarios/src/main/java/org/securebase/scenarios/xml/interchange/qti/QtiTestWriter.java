package org.securebase.scenarios.xml.interchange.qti;

import java.io.ByteArrayOutputStream;

import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.securebase.model.library.LibraryQuestion;
import org.securebase.scenarios.interchange.Export;
import org.securebase.scenarios.interchange.ExportSection;
import org.securebase.scenarios.xml.interchange.XmlLayout;

/**
 * Writes the export's {@code assessmentTest}: one test part, an {@code assessmentSection} per
 * export section referring to its items, and a total {@code SCORE} and {@code MAXSCORE} summed
 * over the items.
 *
 * @since 0.2
 */
final class QtiTestWriter {
    private QtiTestWriter() {
    }

    /** The test's identifier. */
    static String testId(Export export) {
        return "test-" + export.id();
    }

    /** Where the test goes in the package. */
    static String href(Export export) {
        return "tests/" + testId(export) + ".xml";
    }

    /** The test's document, UTF-8; item hrefs are relative to it. */
    static byte[] write(Export export) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        XMLStreamWriter w = Qti.writer(out);
        XmlLayout x = new XmlLayout(w);
        try {
            w.writeStartDocument("UTF-8", "1.0");
            x.newline();
            w.setDefaultNamespace(Qti.NS);
            x.open("assessmentTest");
            w.writeDefaultNamespace(Qti.NS);
            w.writeNamespace("xsi", Qti.XSI);
            w.writeAttribute("xsi", Qti.XSI, "schemaLocation", Qti.NS + " " + Qti.SCHEMA);
            w.writeAttribute("identifier", testId(export));
            w.writeAttribute("title", export.title());
            for (String outcome : new String[] {"SCORE", "MAXSCORE"}) {
                x.open("outcomeDeclaration");
                w.writeAttribute("identifier", outcome);
                w.writeAttribute("cardinality", "single");
                w.writeAttribute("baseType", "float");
                x.open("defaultValue");
                x.leaf("value", "0");
                x.close();
                x.close();
            }
            x.open("testPart");
            w.writeAttribute("identifier", "part-1");
            w.writeAttribute("navigationMode", "nonlinear");
            w.writeAttribute("submissionMode", "simultaneous");
            for (ExportSection s : export.sections()) {
                x.open("assessmentSection");
                w.writeAttribute("identifier", "section-" + s.id());
                w.writeAttribute("title", s.title());
                w.writeAttribute("visible", "true");
                for (LibraryQuestion q : s.questions()) {
                    x.empty("assessmentItemRef");
                    w.writeAttribute("identifier", Qti.itemId(q.ref()));
                    w.writeAttribute("href", "../" + Qti.itemHref(q.ref()));
                }
                x.close();
            }
            x.close();
            x.open("outcomeProcessing");
            for (String outcome : new String[] {"SCORE", "MAXSCORE"}) {
                x.open("setOutcomeValue");
                w.writeAttribute("identifier", outcome);
                x.open("sum");
                x.empty("testVariables");
                w.writeAttribute("variableIdentifier", outcome);
                x.close();
                x.close();
            }
            x.close();
            x.close();
            w.writeEndDocument();
            w.flush();
            w.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("cannot write the test of " + export.id() + ": " + e.getMessage(), e);
        }
        out.write('\n');
        return out.toByteArray();
    }
}
