package org.securebase.scenarios.xml.interchange.moodle;

import java.io.ByteArrayInputStream;

import javax.xml.XMLConstants;
import javax.xml.transform.ErrorListener;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerConfigurationException;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMResult;
import javax.xml.transform.sax.SAXSource;

import org.securebase.scenarios.xml.SecureXml;
import org.w3c.dom.Document;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXParseException;
import org.xml.sax.XMLReader;

/**
 * Parses bytes into a DOM through the project's secure SAX reader ({@link SecureXml#reader()}:
 * no DOCTYPE, no entities, no external access, bounded depth), so a Moodle file gets exactly
 * the protections a vignette gets.
 *
 * @since 0.2
 */
final class SafeDom {
    private SafeDom() {
    }

    /** The document, or a rejection naming the line and the problem. */
    static Document parse(byte[] bytes, String name) {
        try {
            TransformerFactory f = TransformerFactory.newDefaultInstance();
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            f.setAttribute(XMLConstants.ACCESS_EXTERNAL_STYLESHEET, "");
            Transformer t = f.newTransformer();
            t.setErrorListener(RETHROW);
            XMLReader reader = SecureXml.reader();
            reader.setErrorHandler(QUIET);
            DOMResult result = new DOMResult();
            t.transform(new SAXSource(reader, new InputSource(new ByteArrayInputStream(bytes))), result);
            return (Document) result.getNode();
        } catch (TransformerConfigurationException e) {
            throw new IllegalStateException("the JDK's XML transformer cannot be set up: " + e.getMessage(), e);
        } catch (TransformerException e) {
            throw new BankRejectedException(name + ": " + describe(e));
        }
    }

    private static String describe(TransformerException e) {
        Throwable cause = e;
        while (cause.getCause() != null && !(cause instanceof SAXParseException)) {
            cause = cause.getCause();
        }
        String message = cause.getMessage() == null ? e.getMessage() : cause.getMessage();
        String where = cause instanceof SAXParseException p ? "line " + p.getLineNumber() + ": " : "";
        if (message != null && message.contains("DOCTYPE")) {
            return where + "refused: the file declares a DOCTYPE; SecureBase reads no DTDs and no entities";
        }
        if (message != null && message.contains("external entity")) {
            return where + "refused: " + message;
        }
        return where + "not well-formed XML: " + message;
    }

    /** Stops at the first error without printing it: the rejection reports it. */
    private static final ErrorHandler QUIET = new ErrorHandler() {
        @Override
        public void warning(SAXParseException e) {
            // a warning does not stop the parse and is not worth a line
        }

        @Override
        public void error(SAXParseException e) throws SAXParseException {
            throw e;
        }

        @Override
        public void fatalError(SAXParseException e) throws SAXParseException {
            throw e;
        }
    };

    private static final ErrorListener RETHROW = new ErrorListener() {
        @Override
        public void warning(TransformerException e) throws TransformerException {
            throw e;
        }

        @Override
        public void error(TransformerException e) throws TransformerException {
            throw e;
        }

        @Override
        public void fatalError(TransformerException e) throws TransformerException {
            throw e;
        }
    };
}
