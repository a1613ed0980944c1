package org.securebase.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class ChecksTest {

    @Test
    void foldsInnerWhitespaceRunsAndTrimsTheEnds() {
        assertEquals("a b c", Checks.normalise("  a \t\n b  c "));
        assertEquals("already folded", Checks.normalise("already folded"));
        assertEquals(List.of("one", "two", "three"), Checks.words(" one\ttwo  three\n"));
        assertTrue(Checks.words("   ").isEmpty());
        assertTrue(Checks.words(null).isEmpty());
    }

    @Property(tries = 2000)
    void normalisesExactlyAsTheRegularExpressionDoes(@ForAll("spacedText") String text) {
        assertEquals(text.strip().replaceAll("\\s+", " "), Checks.normalise(text));
    }

    @Property(tries = 2000)
    void splitsWordsExactlyAsTheRegularExpressionDoes(@ForAll("spacedText") String text) {
        List<String> expected = text.isBlank() ? List.of() : Arrays.asList(text.strip().split("\\s+"));
        assertEquals(expected, Checks.words(text));
    }

    @Property(tries = 2000)
    void acceptsExactlyTheIdsTheRegularExpressionAccepts(@ForAll("idLikeText") String text) {
        boolean expected = text.matches("[A-Za-z0-9][A-Za-z0-9._-]*");
        boolean accepted;
        try {
            accepted = Checks.id(text, "id").equals(text);
        } catch (ModelException e) {
            accepted = false;
        }
        assertEquals(expected, accepted, "'" + text + "'");
    }

    @Provide
    Arbitrary<String> idLikeText() {
        return Arbitraries.strings().withChars("aZ09._- #/é\u0660\u00A0").ofMaxLength(8);
    }

    @Provide
    Arbitrary<String> spacedText() {
        return Arbitraries.strings().withChars("ab \t\n\u000B\f\r\u00A0\u2003é").ofMaxLength(24);
    }
}
