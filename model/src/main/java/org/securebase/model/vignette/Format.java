package org.securebase.model.vignette;

import java.util.Arrays;
import org.securebase.model.ModelException;

/**
 * Who is in the room: one client, a couple, or a family.
 *
 * @since 0.1
 */
public enum Format {
    INDIVIDUAL("individual"),
    COUPLE("couple"),
    FAMILY("family");

    private final String xmlName;

    Format(String xmlName) {
        this.xmlName = xmlName;
    }

    /** The name used in XML. */
    public String xmlName() {
        return xmlName;
    }

    /** Parses the XML name. */
    public static Format of(String name) {
        return Arrays.stream(values()).filter(f -> f.xmlName.equals(name)).findFirst()
                .orElseThrow(() -> new ModelException("format must be individual, couple or family, was '" + name + "'"));
    }
}
