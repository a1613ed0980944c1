package org.securebase.model.wording;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class WordingTest {

    @Test
    void foldsCaseAccentsAndApostrophesIntoWords() {
        assertEquals(List.of("the", "partners", "cafe", "is", "step", "4"), Wording.words("The partner’s café is—step 4!"));
    }

    @Test
    void findsAbsoluteWordsWhateverTheirCase() {
        assertEquals(Set.of("never", "only"), Wording.absoluteWords("NEVER mind; Only once."));
        assertFalse(Wording.isAbsolute("Allowing a pause lets the feeling land"));
        assertTrue(Wording.isAbsolute("It all happens at once"));
    }

    @Test
    void countsSharedContentWordsButNotFunctionWordsOrShortOnes() {
        Set<String> context = Wording.contentWords("Why does the therapist summarise the cycle before the reframe?");
        assertEquals(Set.of("therapist", "summarise", "cycle", "before", "reframe"), context);
        assertEquals(2, Wording.sharedWords("A reframe rests on the mapped cycle", context));
        assertEquals(0, Wording.sharedWords("It is so and it was", context));
    }
}
