package org.securebase.export.typeset;

/**
 * The type faces the exports use. Each is one TrueType file, embedded as a subset with
 * Identity-H encoding so that any script the file covers prints and extracts correctly.
 *
 * @since 0.1
 */
public enum Face {
    SERIF("DejaVuSerif.ttf"),
    SERIF_BOLD("DejaVuSerif-Bold.ttf"),
    SERIF_ITALIC("DejaVuSerif-Italic.ttf"),
    SANS("DejaVuSans.ttf"),
    SANS_BOLD("DejaVuSans-Bold.ttf"),
    MONO("DejaVuSansMono.ttf");

    private final String bundledFile;

    Face(String bundledFile) {
        this.bundledFile = bundledFile;
    }

    /** The file name of the bundled DejaVu font for this face. */
    public String bundledFile() {
        return bundledFile;
    }
}
