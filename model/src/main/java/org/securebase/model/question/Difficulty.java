package org.securebase.model.question;

import java.util.Arrays;
import org.securebase.model.ModelException;

/**
 * How demanding a vignette or question is, as written in XML.
 *
 * @since 0.1
 */
public enum Difficulty {
    INTRODUCTORY("introductory"),
    INTERMEDIATE("intermediate"),
    ADVANCED("advanced");

    private final String xmlName;

    Difficulty(String xmlName) {
        this.xmlName = xmlName;
    }

    /** The name used in XML. */
    public String xmlName() {
        return xmlName;
    }

    /** Parses the XML name. */
    public static Difficulty of(String name) {
        return Arrays.stream(values()).filter(d -> d.xmlName.equals(name)).findFirst()
                .orElseThrow(() -> new ModelException("difficulty must be introductory, intermediate or advanced, was '" + name + "'"));
    }
}
