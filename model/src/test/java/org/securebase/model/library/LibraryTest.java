package org.securebase.model.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.securebase.model.ModelException;
import org.securebase.model.ModelFixtures;
import org.securebase.model.question.QuestionRef;
import org.securebase.model.vignette.Vignette;

class LibraryTest {
    @Test
    void rejectsTwoVignettesWithOneId() {
        Vignette v = ModelFixtures.anyVignette();
        ModelException e = assertThrows(ModelException.class, () -> new Library(List.of(v, v)));
        assertEquals("the library holds two vignettes with the id 'any-vignette'", e.getMessage());
    }

    @Test
    void findsAQuestionByReference() {
        Library library = new Library(List.of(ModelFixtures.anyVignette()));
        assertEquals("q3", library.question(QuestionRef.parse("any-vignette#q3")).orElseThrow().question().id());
        assertTrue(library.question(QuestionRef.parse("any-vignette#q9")).isEmpty());
        assertEquals(4, library.questions().size());
    }
}
