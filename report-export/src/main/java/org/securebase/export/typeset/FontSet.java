package org.securebase.export.typeset;

import com.lowagie.text.Font;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.LayoutProcessor;
import java.awt.Color;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;

/**
 * The embedded fonts of one export: the bundled DejaVu faces (Latin, Greek, Cyrillic and more),
 * or TrueType files given by path for other scripts. Fonts are always embedded with Identity-H
 * encoding; the PDF base-14 fonts are never used. OpenPDF's layout processor is switched on
 * with kerning and ligatures for every face.
 *
 * @since 0.1
 */
public final class FontSet {
    private static final String RESOURCE_DIR = "org/securebase/export/typeset/fonts/";
    private static FontSet bundled;

    private final Map<Face, BaseFont> faces;

    private FontSet(Map<Face, BaseFont> faces) {
        this.faces = faces;
    }

    /** The bundled DejaVu faces, loaded once per JVM. */
    public static synchronized FontSet bundled() {
        if (bundled == null) {
            bundled = of(Map.of());
        }
        return bundled;
    }

    /**
     * The bundled faces with some replaced by TrueType files, e.g. a font that covers a script
     * DejaVu lacks.
     *
     * @param overrides face to TrueType file; faces not named stay DejaVu
     * @throws ExportException when a file cannot be read as a TrueType font
     */
    public static FontSet of(Map<Face, Path> overrides) {
        enableLayout();
        Map<Face, BaseFont> faces = new EnumMap<>(Face.class);
        for (Face face : Face.values()) {
            Path file = overrides.get(face);
            faces.put(face, file == null ? loadBundled(face) : loadFile(face, file));
        }
        return new FontSet(faces);
    }

    /** The base font of a face. */
    public BaseFont base(Face face) {
        return faces.get(face);
    }

    /** A font of a face in a size and colour. */
    public Font font(Face face, float size, Color color) {
        return new Font(faces.get(face), size, Font.NORMAL, color);
    }

    private static synchronized void enableLayout() {
        if (!LayoutProcessor.isEnabled()) {
            // ActualText keeps ligatures (ffi, fl) extractable as their letters.
            LayoutProcessor.setWriteActualText();
            LayoutProcessor.enableKernLiga();
        }
    }

    private static BaseFont loadBundled(Face face) {
        String resource = RESOURCE_DIR + face.bundledFile();
        try (InputStream in = FontSet.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new ExportException("the bundled font " + resource + " is missing from the classpath");
            }
            byte[] bytes = in.readAllBytes();
            // OpenPDF hands the name to its layout processor, which reads the same resource again.
            return BaseFont.createFont(resource, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, BaseFont.NOT_CACHED,
                    bytes, null);
        } catch (IOException | RuntimeException e) {
            throw new ExportException("cannot load the bundled font " + resource + ": " + e.getMessage(), e);
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
