package org.securebase.scenarios.xml.interchange.qti;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.securebase.model.question.QuestionRef;

/**
 * The names, namespaces and identifiers the package's documents share.
 *
 * @since 0.2
 */
final class Qti {
    static final String NS = "http://www.imsglobal.org/xsd/imsqti_v2p1";
    static final String SCHEMA = "http://www.imsglobal.org/xsd/qti/qtiv2p1/imsqti_v2p1.xsd";
    static final String XSI = "http://www.w3.org/2001/XMLSchema-instance";
    static final String CP = "http://www.imsglobal.org/xsd/imscp_v1p1";
    static final String CP_SCHEMA = "http://www.imsglobal.org/xsd/imscp_v1p1.xsd";
    static final String LOM = "http://ltsc.ieee.org/xsd/LOM";

    private Qti() {
    }

    /** The item identifier of a question: an NCName made of its reference. */
    static String itemId(QuestionRef ref) {
        return "item-" + ref.vignetteId() + "--" + ref.questionId();
    }

    /** Where an item's file goes in the package. */
    static String itemHref(QuestionRef ref) {
        return "items/" + itemId(ref) + ".xml";
    }

    /** A number as QTI's float values are written: plain, no trailing zeros. */
    static String number(double value) {
        return BigDecimal.valueOf(value).setScale(7, RoundingMode.HALF_EVEN).stripTrailingZeros().toPlainString();
    }

    /** A writer into a buffer, UTF-8. */
    static XMLStreamWriter writer(ByteArrayOutputStream out) {
        try {
            return XMLOutputFactory.newDefaultFactory().createXMLStreamWriter(out, "UTF-8");
        } catch (XMLStreamException e) {
            throw new IllegalStateException("the JDK cannot write XML: " + e.getMessage(), e);
        }
    }
}
