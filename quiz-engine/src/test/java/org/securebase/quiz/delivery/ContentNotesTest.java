package org.securebase.quiz.delivery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.securebase.model.library.Library;
import org.securebase.model.vignette.Vignette;
import org.securebase.quiz.LibraryFixtures;
import org.securebase.quiz.QuizFixtures;
import org.securebase.quiz.assembly.Assembly;
import org.securebase.quiz.assembly.Quiz;
import org.securebase.quiz.json.ContentJson;
import org.securebase.quiz.json.JsonText;
import org.securebase.quiz.variant.Variant;

/** A case's content notes travel with the quiz and are shown before the case; cases without them keep their form. */
class ContentNotesTest {

    static Vignette noted(Vignette v, List<String> notes) {
        return new Vignette(v.id(), v.version(), v.format(), v.modality(), v.difficulty(), v.minutes(), v.language(),
                v.title(), v.authors(), v.license(), v.objectives(), v.clients(), v.background(), v.transcript(),
                v.annotations(), v.questions(), notes);
    }

    @Test
    void theDeliveredCaseCarriesItsNotesInOneLine() {
        List<Vignette> vignettes = new ArrayList<>();
        for (Vignette v : LibraryFixtures.anyLibrary().vignettes()) {
            vignettes.add(v.id().equals("couple-late-text") ? noted(v, List.of("intimate-partner violence", "grief")) : v);
        }
        Quiz quiz = Assembly.assemble(LibraryFixtures.anyBlueprint(), new Library(vignettes), QuizFixtures.SEED);
        DeliveredQuiz shown = DeliveredQuiz.of(quiz, Variant.forTrainee(quiz, "ana"));
        DeliveredQuiz.Case lateText = shown.sections().stream().flatMap(s -> s.blocks().stream())
                .map(DeliveredQuiz.Block::vignette).filter(c -> c.id().equals("couple-late-text")).findFirst().orElseThrow();
        assertEquals("Content note: this case includes intimate-partner violence; grief.", lateText.contentNoteLine());
        assertNull(shown.sections().stream().flatMap(s -> s.blocks().stream()).map(DeliveredQuiz.Block::vignette)
                .filter(c -> !c.id().equals("couple-late-text")).findFirst().orElseThrow().contentNoteLine());
        assertEquals(List.of("intimate-partner violence", "grief"), quiz.vignette("couple-late-text").contentNotes());
    }

    @Test
    void theCanonicalFormWritesNotesOnlyWhenThereAreSome() {
        Vignette plain = LibraryFixtures.coupleLateText();
        Vignette withNotes = noted(plain, List.of("grief"));
        assertEquals(withNotes, ContentJson.readVignette(JsonText.parse(JsonText.write(ContentJson.vignette(withNotes)))));
        assertFalse(JsonText.write(ContentJson.vignette(plain)).contains("contentNotes"));
    }
}
