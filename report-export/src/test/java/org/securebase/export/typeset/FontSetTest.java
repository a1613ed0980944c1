package org.securebase.export.typeset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.lowagie.text.pdf.BaseFont;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FontSetTest {

    @Test
    void bundlesDejaVuWithIdentityHEncoding() {
        BaseFont serif = FontSet.bundled().base(Face.SERIF);
        assertEquals(BaseFont.IDENTITY_H, serif.getEncoding());
        assertTrue(serif.getPostscriptFontName().contains("DejaVuSerif"), serif.getPostscriptFontName());
        assertTrue(serif.charExists('Ж') && serif.charExists('Σ') && serif.charExists('ø'));
    }

    @Test
    void replacesAFaceWithATrueTypeFileByPath(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("Other.ttf");
        try (var in = FontSet.class.getClassLoader()
                .getResourceAsStream("org/securebase/export/typeset/fonts/DejaVuSansMono.ttf")) {
            Files.copy(in, file);
        }
        FontSet set = FontSet.of(Map.of(Face.SANS, file));
        assertTrue(set.base(Face.SANS).getPostscriptFontName().contains("DejaVuSansMono"));
        assertTrue(set.base(Face.SERIF).getPostscriptFontName().contains("DejaVuSerif"));
    }

    @Test
    void namesAMissingFontFile(@TempDir Path dir) {
        Path missing = dir.resolve("NotoSansArabic.ttf");
        ExportException e = assertThrows(ExportException.class, () -> FontSet.of(Map.of(Face.SERIF, missing)));
        assertTrue(e.getMessage().contains(missing.toString()), e.getMessage());
    }

    @Test
    void normalisesTextToComposedForm() {
        assertEquals("Zoë", Text.nfc("Zoe\u0308"));
        assertEquals("Ann Lee", Text.clean("  Ann \n Lee "));
    }
}
