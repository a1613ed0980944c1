package org.securebase.model.course;

import java.util.Arrays;
import org.securebase.model.ModelException;

/**
 * The paper size certificates are printed on (always landscape).
 *
 * @since 0.1
 */
public enum Paper {
    LETTER("letter"),
    A4("a4");

    private final String xmlName;

    Paper(String xmlName) {
        this.xmlName = xmlName;
    }

    /** The name used in XML. */
    public String xmlName() {
        return xmlName;
    }

    /** Parses the XML name. */
    public static Paper of(String name) {
        return Arrays.stream(values()).filter(p -> p.xmlName.equals(name)).findFirst()
                .orElseThrow(() -> new ModelException("paper must be letter or a4, was '" + name + "'"));
    }
}
