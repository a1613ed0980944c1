package org.securebase.export.certificate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FileNamesTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "../../etc/passwd|etc-passwd",
        "C:\\Users\\x|C-Users-x",
        "Jürgen Groß|Jurgen-Gross",
        "Zoë Ffion Østergaard|Zoe-Ffion-Ostergaard",
        "Σωκράτης|Σωκρατης",
        "'  '|certificate",
        "CON|CON"})
    void makesSafeStems(String text, String stem) {
        assertEquals(stem, FileNames.stem(text));
    }

    @Property
    void stemsNeverHoldSeparatorsDotsOrControlCharacters(@ForAll String text) {
        String stem = FileNames.stem(text);
        assertFalse(stem.isEmpty());
        assertTrue(stem.codePoints().allMatch(cp -> Character.isLetterOrDigit(cp) || cp == '-'), stem);
        assertTrue(stem.codePointCount(0, stem.length()) <= 80);
    }

    @Test
    void addsASuffixWhenANameIsTakenIgnoringCase() {
        Set<String> taken = new HashSet<>();
        assertEquals("Ann-Lee.pdf", FileNames.unique("Ann Lee", "pdf", taken));
        assertEquals("ann-lee-2.pdf", FileNames.unique("ann lee", "pdf", taken));
        assertEquals("Ann-Lee-3.pdf", FileNames.unique("Ann/Lee", "pdf", taken));
    }
}
