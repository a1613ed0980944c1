package org.securebase.export.certificate;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;

/**
 * Safe, collision-free file names made from text a person typed: NFC, Latin letters folded to
 * ASCII (é to e, ß to ss, Ø to O), other letters and digits kept, everything else (path
 * separators, dots, spaces, control and punctuation characters) turned into single hyphens,
 * at most 80 characters, and a numeric suffix where a name is already taken (compared without
 * case, as on Windows and macOS file systems).
 *
 * @since 0.1
 */
public final class FileNames {
    private static final int MAX = 80;

    private FileNames() {
    }

    /** The safe stem of a text, without extension; {@code certificate} when nothing usable is left. */
    public static String stem(String text) {
        String folded = Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFKD)
                .replace("ß", "ss").replace("Ø", "O").replace("ø", "o").replace("Æ", "AE").replace("æ", "ae")
                .replace("Œ", "OE").replace("œ", "oe").replace("Đ", "D").replace("đ", "d").replace("Ł", "L")
                .replace("ł", "l").replace("Þ", "Th").replace("þ", "th")
                .replaceAll("\\p{M}+", "");
        folded = Normalizer.normalize(folded, Normalizer.Form.NFC);
        StringBuilder out = new StringBuilder();
        folded.codePoints().forEach(cp -> {
            if (Character.isLetterOrDigit(cp)) {
                out.appendCodePoint(cp);
            } else if (out.length() > 0 && out.charAt(out.length() - 1) != '-') {
                out.append('-');
            }
        });
        String stem = out.toString().replaceAll("-+$", "");
        if (stem.codePointCount(0, stem.length()) > MAX) {
            stem = stem.substring(0, stem.offsetByCodePoints(0, MAX)).replaceAll("-+$", "");
        }
        return stem.isEmpty() ? "certificate" : stem;
    }

    /**
     * A file name from a text and an extension that is not in {@code taken}; the name is added
     * to {@code taken}.
     *
     * @param extension without the dot, e.g. {@code pdf}
     */
    public static String unique(String text, String extension, Set<String> taken) {
        String stem = stem(text);
        String name = stem + "." + extension;
        for (int n = 2; taken.contains(name.toLowerCase(Locale.ROOT)); n++) {
            name = stem + "-" + n + "." + extension;
        }
        taken.add(name.toLowerCase(Locale.ROOT));
        return name;
    }
}
