package org.securebase.export.typeset;

/**
 * The bundled faces for scripts the DejaVu faces do not cover, tried in this order for a
 * character DejaVu lacks: Noto Sans Arabic, Hebrew and Devanagari (regular and bold), Droid Sans
 * Fallback for Chinese and Japanese, then NanumSquare for Hangul (one weight each; NanumSquare
 * comes last because its Han characters print blank in OpenPDF). All are
 * TrueType, which OpenPDF subsets; all may be redistributed (SIL OFL 1.1, Apache 2.0), their
 * licences beside them.
 *
 * @since 0.2
 */
public enum Fallback {
    ARABIC("NotoSansArabic-Regular.ttf", "NotoSansArabic-Bold.ttf"),
    HEBREW("NotoSansHebrew-Regular.ttf", "NotoSansHebrew-Bold.ttf"),
    DEVANAGARI("NotoSansDevanagari-Regular.ttf", "NotoSansDevanagari-Bold.ttf"),
    CJK("DroidSansFallbackFull.ttf", "DroidSansFallbackFull.ttf"),
    HANGUL("NanumSquareR.ttf", "NanumSquareR.ttf");

    private final String regular;
    private final String bold;

    Fallback(String regular, String bold) {
        this.regular = regular;
        this.bold = bold;
    }

    /** The bundled file for a face's weight. */
    public String file(Face face) {
        return face.bold() ? bold : regular;
    }
}
