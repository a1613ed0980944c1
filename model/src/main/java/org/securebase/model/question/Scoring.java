package org.securebase.model.question;

import java.util.Arrays;
import org.securebase.model.ModelException;

/**
 * How a question with several parts earns its points: all or nothing, or partial credit
 * (the exact partial rule depends on the question type; see the scoring documentation).
 *
 * @since 0.1
 */
public enum Scoring {
    ALL_OR_NOTHING("all-or-nothing"),
    PARTIAL("partial");

    private final String xmlName;

    Scoring(String xmlName) {
        this.xmlName = xmlName;
    }

    /** The name used in XML. */
    public String xmlName() {
        return xmlName;
    }

    /** Parses the XML name. */
    public static Scoring of(String name) {
        return Arrays.stream(values()).filter(d -> d.xmlName.equals(name)).findFirst()
                .orElseThrow(() -> new ModelException("scoring must be all-or-nothing or partial, was '" + name + "'"));
    }
}
