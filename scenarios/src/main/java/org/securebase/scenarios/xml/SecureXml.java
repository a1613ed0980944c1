package org.securebase.scenarios.xml;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParserFactory;
import javax.xml.transform.Source;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * Builds XML parsers that cannot be turned against the machine: DOCTYPE declarations are
 * refused outright (so no entity expansion and no external entities), XInclude is off, nothing
 * is fetched from the network or the file system, and the JDK's secure-processing limits apply.
 * Also loads the three bundled schemas as one {@link Schema}. Public so the interchange
 * readers (Moodle XML) parse other systems' files with the same protections.
 *
 * @since 0.1
 */
public final class SecureXml {
    /** Where the schemas live on the classpath. */
    static final String SCHEMA_FOLDER = "/org/securebase/scenarios/schema/";
    /** The schema files, one per format. */
    static final List<String> SCHEMA_FILES = List.of("vignette.xsd", "quiz.xsd", "course.xsd");
    /** Deepest element nesting accepted; the formats need fewer than ten levels. */
    static final int MAX_DEPTH = 64;

    private SecureXml() {
    }

    /** A namespace-aware, non-validating reader with every external access and DTDs off. */
    public static XMLReader reader() {
        try {
            SAXParserFactory f = SAXParserFactory.newDefaultInstance();
            f.setNamespaceAware(true);
            f.setValidating(false);
            f.setXIncludeAware(false);
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            f.setFeature("http://xml.org/sax/features/external-general-entities", false);
            f.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            XMLReader reader = f.newSAXParser().getXMLReader();
            reader.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            reader.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            reader.setProperty("http://www.oracle.com/xml/jaxp/properties/maxElementDepth", String.valueOf(MAX_DEPTH));
            reader.setEntityResolver((publicId, systemId) -> {
                throw new SAXException("external entity '" + systemId + "' refused: SecureBase files never load other files");
            });
            return reader;
        } catch (ParserConfigurationException | SAXException e) {
            throw new IllegalStateException("the JDK's XML parser lacks a security feature SecureBase needs: " + e.getMessage(), e);
        }
    }

    /** The three format schemas as one schema, loaded from the classpath with external access off. */
    static Schema schema() {
        try {
            SchemaFactory f = SchemaFactory.newDefaultInstance();
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            f.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            Source[] sources = new Source[SCHEMA_FILES.size()];
            for (int i = 0; i < sources.length; i++) {
                URL url = SecureXml.class.getResource(SCHEMA_FOLDER + SCHEMA_FILES.get(i));
                if (url == null) {
                    throw new IllegalStateException("schema " + SCHEMA_FILES.get(i) + " is missing from the classpath");
                }
                byte[] bytes;
                try (InputStream in = url.openStream()) {
                    bytes = in.readAllBytes();
                }
                sources[i] = new StreamSource(new ByteArrayInputStream(bytes), url.toExternalForm());
            }
            return f.newSchema(sources);
        } catch (SAXException e) {
            throw new IllegalStateException("a bundled schema is invalid: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException("a bundled schema cannot be read", e);
        }
    }

    /** An input source for bytes. */
    static InputSource input(byte[] bytes) {
        return new InputSource(new ByteArrayInputStream(bytes));
    }
}
