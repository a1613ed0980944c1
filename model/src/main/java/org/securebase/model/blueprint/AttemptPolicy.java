package org.securebase.model.blueprint;

import java.util.Arrays;
import org.securebase.model.ModelException;

/**
 * Which attempt counts when a blueprint allows more than one: the best score or the last
 * submitted attempt. Chosen by the instructor and recorded with every result.
 *
 * @since 0.1
 */
public enum AttemptPolicy {
    BEST("best"),
    LAST("last");

    private final String xmlName;

    AttemptPolicy(String xmlName) {
        this.xmlName = xmlName;
    }

    /** The name used in XML. */
    public String xmlName() {
        return xmlName;
    }

    /** Parses the XML name. */
    public static AttemptPolicy of(String name) {
        return Arrays.stream(values()).filter(p -> p.xmlName.equals(name)).findFirst()
                .orElseThrow(() -> new ModelException("attempt policy must be best or last, was '" + name + "'"));
    }
}
