package org.securebase.model.vignette;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.securebase.model.ModelFixtures.anyCouple;
import static org.securebase.model.ModelFixtures.anySingleChoice;
import static org.securebase.model.ModelFixtures.anyTranscript;
import static org.securebase.model.ModelFixtures.concepts;
import static org.securebase.model.ModelFixtures.vignette;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.securebase.model.ModelException;
import org.securebase.model.ModelFixtures;
import org.securebase.model.question.Difficulty;

class VignetteTest {

    @Test
    void acceptsAWellFormedVignette() {
        Vignette v = ModelFixtures.anyVignette();
        assertEquals(4, v.questions().size());
        assertEquals("en", v.language());
        assertEquals(Difficulty.ADVANCED, v.difficultyOf(v.question("q2").orElseThrow()));
        assertEquals(Difficulty.INTRODUCTORY, v.difficultyOf(v.question("q1").orElseThrow()));
    }

    @Test
    void keepsItsContentNotesAndRefusesOneGivenTwice() {
        Vignette v = ModelFixtures.anyVignette();
        Vignette noted = new Vignette(v.id(), v.version(), v.format(), v.modality(), v.difficulty(), v.minutes(), v.language(),
                v.title(), v.authors(), v.license(), v.objectives(), v.clients(), v.background(), v.transcript(),
                v.annotations(), v.questions(), List.of("  suicidal thoughts\n ", "intimate-partner violence"));
        assertEquals(List.of("suicidal thoughts", "intimate-partner violence"), noted.contentNotes());
        assertEquals(List.of(), v.contentNotes());
        ModelException e = assertThrows(ModelException.class, () -> new Vignette(v.id(), v.version(), v.format(),
                v.modality(), v.difficulty(), v.minutes(), v.language(), v.title(), v.authors(), v.license(), v.objectives(),
                v.clients(), v.background(), v.transcript(), v.annotations(), v.questions(), List.of("grief", "grief")));
        assertEquals("vignette any-vignette gives the content note 'grief' twice", e.getMessage());
    }

    @Test
    void rejectsDuplicateClientIds() {
        List<Client> clients = List.of(new Client("ana", "Ana", null, null, null), new Client("ana", "Anna", null, null, null));
        ModelException e = assertThrows(ModelException.class,
                () -> vignette(clients, List.of(), List.of(), List.of(anySingleChoice("q1"))));
        assertEquals("vignette any-vignette declares client 'ana' twice", e.getMessage());
    }

    @Test
    void rejectsDuplicateQuestionIdsWithinAVignette() {
        ModelException e = assertThrows(ModelException.class, () -> vignette(anyCouple(), anyTranscript(), List.of(),
                List.of(anySingleChoice("q1"), anySingleChoice("q1"))));
        assertEquals("vignette any-vignette has two questions with the id 'q1'", e.getMessage());
    }

    @Test
    void rejectsATurnByAnUndeclaredSpeaker() {
        List<Turn> turns = new ArrayList<>(anyTranscript());
        turns.add(new Turn("carl", "Hello.", null));
        ModelException e = assertThrows(ModelException.class,
                () -> vignette(anyCouple(), turns, List.of(), List.of(anySingleChoice("q1"))));
        assertEquals("turn 4 of vignette any-vignette is spoken by 'carl', who is neither a declared client nor the therapist",
                e.getMessage());
    }

    @Test
    void rejectsANoteOnATurnThatDoesNotExist() {
        List<Annotation> notes = List.of(new Annotation(concepts("position.pursuer"), List.of(2, 9), "Note."));
        ModelException e = assertThrows(ModelException.class,
                () -> vignette(anyCouple(), anyTranscript(), notes, List.of(anySingleChoice("q1"))));
        assertEquals("a note of vignette any-vignette refers to turn 9, but the transcript has 3 turns", e.getMessage());
    }

    @Test
    void rejectsTurnNumberZero() {
        ModelException e = assertThrows(ModelException.class,
                () -> new Annotation(concepts("position.pursuer"), List.of(0), "Note."));
        assertEquals("turn numbers start at 1, a note refers to turn 0", e.getMessage());
    }

    @Test
    void rejectsAClientCalledTherapist() {
        assertThrows(ModelException.class, () -> new Client("therapist", "T", null, null, null));
    }

    @Test
    void rejectsAVignetteWithoutQuestions() {
        ModelException e = assertThrows(ModelException.class,
                () -> vignette(anyCouple(), anyTranscript(), List.of(), List.of()));
        assertEquals("questions of vignette any-vignette must hold at least one entry", e.getMessage());
    }

    @Test
    void rejectsAModalityOutsideTheModalityGroup() {
        ModelException e = assertThrows(ModelException.class, () -> new Vignette("v", 1, Format.COUPLE,
                org.securebase.model.concept.ConceptId.of("style.secure"), Difficulty.ADVANCED, null, null, "T",
                List.of("A"), null, null, anyCouple(), List.of("p"), null, null, List.of(anySingleChoice("q1"))));
        assertEquals("modality of vignette v must be a modality.* concept, was 'style.secure'", e.getMessage());
    }
}
