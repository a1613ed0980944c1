package org.securebase.export.typeset;

import com.lowagie.text.Chunk;
import com.lowagie.text.Font;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.LayoutProcessor;
import java.awt.Color;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Bidi;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The embedded fonts of one export: for each {@link Face} the bundled DejaVu file (or a
 * TrueType file given by path), backed by the bundled {@link Fallback} faces for Arabic,
 * Hebrew, Devanagari, Hangul, Chinese and Japanese. Text is split into {@link Run runs}: by
 * direction (Unicode bidi, right-to-left runs laid out right to left and shaped by OpenPDF's
 * layout processor) and by the first font that has every glyph. A character no font can draw,
 * a control character or a bidi override is refused with its code point and name, so nothing
 * ever prints as an empty box. Fonts are always embedded with Identity-H; a PDF embeds only the
 * faces it uses, as subsets. Fallback files are parsed on first use.
 * <p>A font set is for one thread at a time; {@link #copy()} gives another thread its own,
 * sharing the file bytes read once per JVM.
 *
 * @since 0.1
 */
public final class FontSet {
    private static final String RESOURCE_DIR = "org/securebase/export/typeset/fonts/";
    private static final Map<String, byte[]> BYTES = new ConcurrentHashMap<>();
    private static FontSet bundled;

    private final Map<Face, Path> overrides;
    private final Map<Face, BaseFont> faces;
    private final Map<String, BaseFont> fallbacks = new java.util.HashMap<>();

    private FontSet(Map<Face, Path> overrides) {
        enableLayout();
        this.overrides = Map.copyOf(overrides);
        this.faces = new EnumMap<>(Face.class);
        for (Face face : Face.values()) {
            Path file = overrides.get(face);
            faces.put(face, file == null ? loadBundled(face.bundledFile()) : loadFile(face, file));
        }
    }

    /** The bundled faces, loaded once per JVM (for one thread at a time: see {@link #copy()}). */
    public static synchronized FontSet bundled() {
        if (bundled == null) {
            bundled = new FontSet(Map.of());
        }
        return bundled;
    }

    /**
     * The bundled faces with some replaced by TrueType files, e.g. a house font; the bundled
     * fallbacks still cover the scripts the file lacks.
     *
     * @param overrides face to TrueType file; faces not named stay DejaVu
     * @throws ExportException when a file cannot be read as a TrueType font
     */
    public static FontSet of(Map<Face, Path> overrides) {
        return new FontSet(overrides);
    }

    /** The same faces parsed again for another thread (the file bytes are shared). */
    public FontSet copy() {
        return new FontSet(overrides);
    }

    /** The base font of a face (its Latin, Greek and Cyrillic font). */
    public BaseFont base(Face face) {
        return faces.get(face);
    }

    /** A font of a face in a size and colour, for text the face itself covers. */
    public Font font(Face face, float size, Color color) {
        return new Font(faces.get(face), size, Font.NORMAL, color);
    }

    /**
     * One line of text as runs in visual order, left to right.
     *
     * @throws ExportException naming every character that cannot be printed
     */
    public List<Run> runs(String text, Face face) {
        String t = Text.nfc(text);
        List<String> refused = refused(t, face);
        if (!refused.isEmpty()) {
            throw new ExportException("cannot print '" + printable(t) + "': " + String.join(", ", refused));
        }
        if (t.isEmpty()) {
            return List.of();
        }
        t = decomposedWhereNeeded(t, face);
        Bidi bidi = new Bidi(t, Bidi.DIRECTION_DEFAULT_LEFT_TO_RIGHT);
        int count = bidi.getRunCount();
        Object[] pieces = new Object[count];
        byte[] levels = new byte[count];
        for (int i = 0; i < count; i++) {
            levels[i] = (byte) bidi.getRunLevel(i);
            boolean rtl = (levels[i] & 1) == 1;
            String piece = t.substring(bidi.getRunStart(i), bidi.getRunLimit(i));
            List<Run> byFont = byFont(piece, face, rtl);
            if (rtl && byFont.size() > 1) {
                // One font per right-to-left run keeps the page text in the order Text.visualOrder gives.
                throw new ExportException("cannot print '" + printable(t) + "': its right-to-left part '" + piece
                        + "' mixes scripts that need different fonts");
            }
            pieces[i] = byFont;
        }
        Bidi.reorderVisually(levels, 0, pieces, 0, count);
        List<Run> runs = new ArrayList<>();
        for (Object piece : pieces) {
            @SuppressWarnings("unchecked")
            List<Run> list = (List<Run>) piece;
            runs.addAll(list);
        }
        return runs;
    }

    /** One line of text as a phrase of one chunk per run, for flowing text. */
    public Phrase phrase(String text, Face face, float size, Color color) {
        Phrase phrase = new Phrase(size * 1.25f, "", font(face, size, color));
        for (Run r : runs(text, face)) {
            phrase.add(new Chunk(r.text(), new Font(r.font(), size, Font.NORMAL, color)));
        }
        return phrase;
    }

    /** The width of a line of text at a size, without tracking. */
    public float width(String text, Face face, float size) {
        float width = 0;
        for (Run r : runs(text, face)) {
            width += r.font().getWidthPoint(r.text(), size);
        }
        return width;
    }

    /**
     * Why the characters of a text cannot be printed in every face, one entry per distinct
     * character ({@code U+202E RIGHT-TO-LEFT OVERRIDE (a bidi control, ...)}); empty when all can.
     */
    public List<String> refused(String text) {
        Set<String> refused = new LinkedHashSet<>();
        for (Face face : Face.values()) {
            refused.addAll(refused(text, face));
        }
        return List.copyOf(refused);
    }

    /**
     * Why the characters of a text cannot be printed in one face, one entry per distinct
     * character; empty when all can.
     */
    public List<String> refused(String text, Face face) {
        Set<String> refused = new LinkedHashSet<>();
        String t = Text.nfc(text);
        for (int i = 0; i < t.length(); i += Character.charCount(t.codePointAt(i))) {
            int cp = t.codePointAt(i);
            String why = null;
            if (isBidiControl(cp)) {
                why = "a bidi control, which could reorder the printed text";
            } else if (Character.getType(cp) == Character.CONTROL && cp != '\n' && cp != '\t') {
                why = "a control character";
            } else if (Character.getType(cp) == Character.FORMAT && !isJoiner(cp) && cp != 0xAD) {
                why = "an invisible formatting character";
            } else if (cp >= 0xE000 && cp <= 0xF8FF || Character.getType(cp) == Character.UNASSIGNED
                    || Character.getType(cp) == Character.SURROGATE) {
                why = "not an assigned Unicode character";
            } else if (cp >= 0x1F000 && cp <= 0x1FAFF) {
                why = "an emoji, which the exports do not print";
            } else if (!Character.isWhitespace(cp) && !isJoiner(cp) && cp != 0xAD && fontFor(cp, face) == null
                    && decomposed(cp, face) == null) {
                why = "no bundled font has it";
            }
            if (why != null) {
                refused.add(String.format(Locale.ROOT, "U+%04X %s (%s)", cp, nameOf(cp), why));
            }
        }
        return List.copyOf(refused);
    }

    private List<Run> byFont(String text, Face face, boolean rtl) {
        List<Run> runs = new ArrayList<>();
        BaseFont current = null;
        StringBuilder piece = new StringBuilder();
        for (int i = 0; i < text.length(); i += Character.charCount(text.codePointAt(i))) {
            int cp = text.codePointAt(i);
            BaseFont font;
            if (current != null && (sticks(cp) || current.charExists(cp))) {
                font = current;
            } else {
                font = fontFor(cp, face);
                if (font == null) {
                    font = current == null ? faces.get(face) : current;
                }
            }
            if (font != current && piece.length() > 0) {
                runs.add(new Run(piece.toString(), current, rtl));
                piece.setLength(0);
            }
            current = font;
            piece.appendCodePoint(cp);
        }
        if (piece.length() > 0) {
            runs.add(new Run(piece.toString(), current, rtl));
        }
        return runs;
    }

    /** The text with each character no font has replaced by its canonical decomposition, where a font has that. */
    private String decomposedWhereNeeded(String t, Face face) {
        StringBuilder out = null;
        for (int i = 0; i < t.length(); i += Character.charCount(t.codePointAt(i))) {
            int cp = t.codePointAt(i);
            String replacement = fontFor(cp, face) == null ? decomposed(cp, face) : null;
            if (replacement != null && out == null) {
                out = new StringBuilder(t.substring(0, i));
            }
            if (out != null) {
                if (replacement != null) {
                    out.append(replacement);
                } else {
                    out.appendCodePoint(cp);
                }
            }
        }
        return out == null ? t : out.toString();
    }

    /**
     * A letter with accents the fonts lack precomposed (Vietnamese ễ in DejaVu Serif Italic) as
     * its base letter and combining marks, when one font has them all; else null.
     */
    private String decomposed(int cp, Face face) {
        String nfd = java.text.Normalizer.normalize(new String(Character.toChars(cp)), java.text.Normalizer.Form.NFD);
        if (nfd.codePointCount(0, nfd.length()) < 2) {
            return null;
        }
        BaseFont font = fontFor(nfd.codePointAt(0), face);
        if (font == null || !nfd.codePoints().allMatch(font::charExists)) {
            return null;
        }
        return nfd;
    }

    /** Marks, joiners and spaces stay with the run before them, so a cluster keeps one font. */
    private static boolean sticks(int cp) {
        int type = Character.getType(cp);
        return type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
                || type == Character.COMBINING_SPACING_MARK || isJoiner(cp) || Character.isWhitespace(cp)
                || cp >= 0xFE00 && cp <= 0xFE0F;
    }

    private BaseFont fontFor(int cp, Face face) {
        BaseFont primary = faces.get(face);
        if (primary.charExists(cp)) {
            return primary;
        }
        for (Fallback f : Fallback.values()) {
            BaseFont font = fallback(f.file(face));
            if (font.charExists(cp)) {
                return font;
            }
        }
        return null;
    }

    private BaseFont fallback(String file) {
        return fallbacks.computeIfAbsent(file, FontSet::loadBundled);
    }

    private static boolean isJoiner(int cp) {
        return cp == 0x200C || cp == 0x200D;
    }

    private static boolean isBidiControl(int cp) {
        return cp == 0x061C || cp == 0x200E || cp == 0x200F || cp >= 0x202A && cp <= 0x202E || cp >= 0x2066 && cp <= 0x2069;
    }

    private static String nameOf(int cp) {
        String name = Character.getName(cp);
        return name == null ? "UNNAMED" : name;
    }

    private static String printable(String t) {
        StringBuilder out = new StringBuilder();
        t.codePoints().forEach(cp -> {
            if (Character.getType(cp) == Character.CONTROL || Character.getType(cp) == Character.FORMAT
                    || isBidiControl(cp)) {
                out.append(String.format(Locale.ROOT, "<U+%04X>", cp));
            } else {
                out.appendCodePoint(cp);
            }
        });
        return out.toString();
    }

    private static synchronized void enableLayout() {
        if (!LayoutProcessor.isEnabled()) {
            // ActualText keeps ligatures (ffi, fl) and shaped scripts extractable as their letters.
            LayoutProcessor.setWriteActualText();
            LayoutProcessor.enableKernLiga();
        }
    }

    private static BaseFont loadBundled(String file) {
        String resource = RESOURCE_DIR + file;
        try {
            byte[] bytes = BYTES.computeIfAbsent(resource, FontSet::readResource);
            // OpenPDF hands the name to its layout processor, which reads the same resource again.
            return BaseFont.createFont(resource, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, BaseFont.NOT_CACHED, bytes, null);
        } catch (IOException | RuntimeException e) {
            if (e instanceof ExportException ee) {
                throw ee;
            }
            throw new ExportException("cannot load the bundled font " + resource + ": " + e.getMessage(), e);
        }
    }

    private static byte[] readResource(String resource) {
        try (InputStream in = FontSet.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new ExportException("the bundled font " + resource + " is missing from the classpath");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new ExportException("cannot read the bundled font " + resource + ": " + e.getMessage(), e);
        }
    }

    private static BaseFont loadFile(Face face, Path file) {
        if (!Files.isReadable(file)) {
            throw new ExportException("the font file for " + face + " cannot be read: " + file
                    + " (give the path of a readable .ttf file)");
        }
        try {
            String name = file.toAbsolutePath().toString();
            return BaseFont.createFont(name, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, BaseFont.NOT_CACHED,
                    Files.readAllBytes(file), null);
        } catch (IOException | RuntimeException e) {
            throw new ExportException("cannot load the font file " + file + " for " + face
                    + " as TrueType: " + e.getMessage(), e);
        }
    }
}
