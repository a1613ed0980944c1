package org.securebase.export.typeset;

/**
 * The type faces the exports use. Each is one TrueType file for Latin, Greek and Cyrillic
 * (DejaVu), backed by the bundled fallback faces of its weight for the scripts DejaVu lacks
 * ({@link Fallback}); all are embedded as subsets with Identity-H encoding, and only when a
 * document uses them.
 *
 * @since 0.1
 */
public enum Face {
    SERIF("DejaVuSerif.ttf", false),
    SERIF_BOLD("DejaVuSerif-Bold.ttf", true),
    SERIF_ITALIC("DejaVuSerif-Italic.ttf", false),
    SANS("DejaVuSans.ttf", false),
    SANS_BOLD("DejaVuSans-Bold.ttf", true),
    MONO("DejaVuSansMono.ttf", false);

    private final String bundledFile;
    private final boolean bold;

    Face(String bundledFile, boolean bold) {
        this.bundledFile = bundledFile;
        this.bold = bold;
    }

    /** The file name of the bundled DejaVu font for this face. */
    public String bundledFile() {
        return bundledFile;
    }

    /** True for the bold faces, whose fallbacks are bold where the fallback family has a bold. */
    public boolean bold() {
        return bold;
    }
}
