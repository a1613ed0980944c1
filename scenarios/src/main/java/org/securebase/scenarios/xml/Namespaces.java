package org.securebase.scenarios.xml;

/**
 * The namespaces of the three SecureBase formats.
 *
 * @since 0.1
 */
public final class Namespaces {
    /** Vignettes with their questions. */
    public static final String VIGNETTE = "urn:securebase:vignette:1";
    /** Quiz blueprints. */
    public static final String QUIZ = "urn:securebase:quiz:1";
    /** Courses. */
    public static final String COURSE = "urn:securebase:course:1";
    /** XInclude, which SecureBase never processes. */
    static final String XINCLUDE = "http://www.w3.org/2001/XInclude";

    private Namespaces() {
    }
}
