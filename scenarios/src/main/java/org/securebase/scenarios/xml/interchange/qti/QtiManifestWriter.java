package org.securebase.scenarios.xml.interchange.qti;

import java.io.ByteArrayOutputStream;

import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.securebase.model.concept.ConceptId;
import org.securebase.model.library.LibraryQuestion;
import org.securebase.model.question.Difficulty;
import org.securebase.scenarios.interchange.Export;
import org.securebase.scenarios.xml.interchange.XmlLayout;

/**
 * Writes {@code imsmanifest.xml}: an IMS Content Packaging 1.1 manifest declaring a QTI 2.1
 * package (the namespace Canvas looks for), a resource per item with LOM metadata (our
 * reference as identifier, the concept ids as keywords, the difficulty in LOM's vocabulary and
 * ours), and the test resource depending on every item.
 *
 * @since 0.2
 */
final class QtiManifestWriter {
    private final XMLStreamWriter w;
    private final XmlLayout x;

    private QtiManifestWriter(XMLStreamWriter w) {
        this.w = w;
        this.x = new XmlLayout(w);
    }

    /** The manifest's document, UTF-8. */
    static byte[] write(Export export) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        XMLStreamWriter w = Qti.writer(out);
        try {
            new QtiManifestWriter(w).manifest(export);
            w.flush();
            w.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("cannot write the manifest of " + export.id() + ": " + e.getMessage(), e);
        }
        out.write('\n');
        return out.toByteArray();
    }

    private void manifest(Export export) throws XMLStreamException {
        w.writeStartDocument("UTF-8", "1.0");
        x.newline();
        w.setDefaultNamespace(Qti.CP);
        x.open("manifest");
        w.writeDefaultNamespace(Qti.CP);
        w.writeNamespace("xsi", Qti.XSI);
        w.writeAttribute("xsi", Qti.XSI, "schemaLocation", Qti.CP + " " + Qti.CP_SCHEMA + " " + Qti.NS + " " + Qti.SCHEMA);
        w.writeAttribute("identifier", "manifest-" + export.id());
        x.open("metadata");
        x.leaf("schema", "QTIv2.1 Package");
        x.leaf("schemaversion", "1.0.0");
        x.close();
        x.empty("organizations");
        x.open("resources");
        for (LibraryQuestion q : export.questions()) {
            item(q);
        }
        x.open("resource");
        w.writeAttribute("identifier", "resource-" + QtiTestWriter.testId(export));
        w.writeAttribute("type", "imsqti_test_xmlv2p1");
        w.writeAttribute("href", QtiTestWriter.href(export));
        x.empty("file");
        w.writeAttribute("href", QtiTestWriter.href(export));
        for (LibraryQuestion q : export.questions()) {
            x.empty("dependency");
            w.writeAttribute("identifierref", "resource-" + Qti.itemId(q.ref()));
        }
        x.close();
        x.close();
        x.close();
        w.writeEndDocument();
    }

    private void item(LibraryQuestion q) throws XMLStreamException {
        x.open("resource");
        w.writeAttribute("identifier", "resource-" + Qti.itemId(q.ref()));
        w.writeAttribute("type", "imsqti_item_xmlv2p1");
        w.writeAttribute("href", Qti.itemHref(q.ref()));
        x.open("metadata");
        w.setDefaultNamespace(Qti.LOM);
        x.open("lom");
        w.writeDefaultNamespace(Qti.LOM);
        x.open("general");
        x.open("identifier");
        x.leaf("catalog", "securebase");
        x.leaf("entry", q.ref().toString());
        x.close();
        x.open("title");
        x.leaf("string", q.vignette().title() + " \u2013 " + q.question().id());
        x.close();
        for (ConceptId c : q.question().concepts()) {
            x.open("keyword");
            x.leaf("string", c.value());
            x.close();
        }
        x.close();
        x.open("educational");
        x.open("difficulty");
        x.leaf("source", "LOMv1.0");
        x.leaf("value", lom(q.difficulty()));
        x.close();
        x.open("description");
        x.leaf("string", "difficulty:" + q.difficulty().xmlName());
        x.close();
        x.close();
        x.close();
        w.setDefaultNamespace(Qti.CP);
        x.close();
        x.empty("file");
        w.writeAttribute("href", Qti.itemHref(q.ref()));
        x.close();
    }

    /** LOM's difficulty vocabulary (very easy … very difficult) for ours. */
    private static String lom(Difficulty d) {
        switch (d) {
            case INTRODUCTORY:
                return "easy";
            case ADVANCED:
                return "difficult";
            default:
                return "medium";
        }
    }
}
