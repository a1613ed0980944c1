package org.securebase.quiz.assembly;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.securebase.model.ModelException;
import org.securebase.model.blueprint.QuizBlueprint;
import org.securebase.model.blueprint.Section;
import org.securebase.model.library.Library;
import org.securebase.model.question.Difficulty;
import org.securebase.model.question.QuestionRef;
import org.securebase.model.vignette.Format;
import org.securebase.model.vignette.Vignette;
import org.securebase.quiz.LibraryFixtures;

class AssemblyTest {

    private static final long SEED = 20240917L;

    private static <T> List<T> reversed(List<T> list) {
        List<T> copy = new ArrayList<>(list);
        java.util.Collections.reverse(copy);
        return copy;
    }

    private static List<String> refs(QuizSection s) {
        return s.refs().stream().map(QuestionRef::toString).toList();
    }

    @Test
    void drawsTheGoldenQuizForAFixedSeed() {
        Quiz quiz = Assembly.assemble(LibraryFixtures.anyBlueprint(), LibraryFixtures.anyLibrary(), SEED);

        assertEquals(GoldenQuiz.CYCLE, refs(quiz.sections().get(0)));
        assertEquals(GoldenQuiz.STYLES, refs(quiz.sections().get(1)));
        assertEquals(List.of("couple-late-text#q1", "couple-late-text#q3"), refs(quiz.sections().get(2)));
        assertEquals(GoldenQuiz.ID, quiz.id());
        assertEquals(GoldenQuiz.FINGERPRINT, quiz.fingerprint());
    }

    @Test
    void sameBlueprintLibraryAndSeedGiveTheSameQuiz() {
        Quiz a = Assembly.assemble(LibraryFixtures.anyBlueprint(), LibraryFixtures.anyLibrary(), SEED);
        Library shuffled = new Library(reversed(LibraryFixtures.anyLibrary().vignettes()));
        Quiz b = Assembly.assemble(LibraryFixtures.anyBlueprint(), shuffled, SEED);
        assertEquals(a, b);
    }

    @Test
    void anotherSeedDrawsAnotherQuiz() {
        Set<List<QuestionRef>> draws = new HashSet<>();
        for (long seed = 1; seed <= 10; seed++) {
            draws.add(Assembly.assemble(LibraryFixtures.anyBlueprint(), LibraryFixtures.anyLibrary(), seed).refs());
        }
        assertTrue(draws.size() > 1, "ten seeds all drew " + draws);
    }

    @Test
    void fixedQuestionsAreNeverDrawnBySections() {
        for (long seed = 1; seed <= 50; seed++) {
            Quiz quiz = Assembly.assemble(LibraryFixtures.anyBlueprint(), LibraryFixtures.anyLibrary(), seed);
            List<QuestionRef> drawn = new ArrayList<>(quiz.sections().get(0).refs());
            drawn.addAll(quiz.sections().get(1).refs());
            assertTrue(!drawn.contains(QuestionRef.parse("couple-late-text#q1"))
                    && !drawn.contains(QuestionRef.parse("couple-late-text#q3")), "seed " + seed + " drew " + drawn);
            assertEquals(quiz.refs().size(), new HashSet<>(quiz.refs()).size());
        }
    }

    @Test
    void drawnQuestionsMeetTheirSectionsSelection() {
        Quiz quiz = Assembly.assemble(LibraryFixtures.anyBlueprint(), LibraryFixtures.anyLibrary(), SEED);
        for (QuestionRef r : quiz.sections().get(0).refs()) {
            var lq = quiz.question(r);
            assertTrue(Set.of(Format.COUPLE, Format.FAMILY).contains(lq.vignette().format()));
            assertTrue(lq.difficulty() != Difficulty.ADVANCED);
            assertTrue(lq.question().concepts().stream().anyMatch(c -> c.value().startsWith("cycle.") || c.value().startsWith("position.")));
        }
    }

    @Test
    void keepsTheQuestionsOfAVignetteInOneBlockPerSection() {
        Quiz quiz = Assembly.assemble(LibraryFixtures.anyBlueprint(), LibraryFixtures.anyLibrary(), SEED);
        for (QuizSection s : quiz.sections()) {
            List<String> ids = s.blocks().stream().map(VignetteBlock::vignetteId).toList();
            assertEquals(ids.size(), new HashSet<>(ids).size(), "section " + s.id() + " splits a vignette: " + ids);
        }
    }

    @Test
    void aQuizCarriesOnlyTheContentItAsks() {
        Quiz quiz = Assembly.assemble(LibraryFixtures.anyBlueprint(), LibraryFixtures.anyLibrary(), SEED);
        int held = quiz.vignettes().stream().mapToInt(v -> v.questions().size()).sum();
        assertEquals(quiz.refs().size(), held);
        assertEquals(9, held);
        assertEquals("eft-foundations-post", quiz.blueprintId());
        assertEquals(1, quiz.blueprintVersion());
        assertEquals(SEED, quiz.seed());
    }

    @Test
    void rejectsASectionTheLibraryCannotFillNamingSectionAskAndCount() {
        QuizBlueprint greedy = new QuizBlueprint("greedy", 1, "Too much", null, 70, null, true, true, 1, null, List.of(
                new Section("advanced", "Advanced couples", 5,
                        List.of(LibraryFixtures.select("cycle.*", Set.of(Format.COUPLE), Set.of(Difficulty.ADVANCED))), List.of())));
        BlueprintNotSatisfiedException e = assertThrows(BlueprintNotSatisfiedException.class,
                () -> Assembly.assemble(greedy, LibraryFixtures.anyLibrary(), SEED));
        assertEquals("section 'advanced' asks for 5 questions matching [concepts cycle.*, formats couple, "
                + "difficulties advanced], but the library has only 1 such question to draw: add questions to the "
                + "library or lower 'draw'", e.getMessage());
    }

    @Test
    void countsQuestionsTakenByFixedOrEarlierSectionsInTheMessage() {
        QuizBlueprint b = new QuizBlueprint("taken", 1, "Taken", null, 70, null, true, true, 1, null, List.of(
                new Section("first", "First", 4, List.of(LibraryFixtures.select("style.*", Set.of(), Set.of())), List.of()),
                new Section("second", "Second", 1, List.of(LibraryFixtures.select("style.*", Set.of(), Set.of())), List.of())));
        BlueprintNotSatisfiedException e = assertThrows(BlueprintNotSatisfiedException.class,
                () -> Assembly.assemble(b, LibraryFixtures.anyLibrary(), SEED));
        assertTrue(e.getMessage().startsWith("section 'first' asks for 4 questions matching [concepts style.*, formats any, "
                + "difficulties any], but the library has only 2 such questions"), e.getMessage());
    }

    @Test
    void rejectsAFixedQuestionTheLibraryDoesNotHold() {
        QuizBlueprint b = new QuizBlueprint("missing", 1, "Missing", null, 70, null, true, true, 1, null, List.of(
                new Section("core", "Core", null, List.of(), List.of(QuestionRef.parse("couple-late-text#q9")))));
        BlueprintNotSatisfiedException e = assertThrows(BlueprintNotSatisfiedException.class,
                () -> Assembly.assemble(b, LibraryFixtures.anyLibrary(), SEED));
        assertEquals("section 'core' fixes couple-late-text#q9, which the library does not hold "
                + "(vignette couple-late-text has q1, q2, q3, q4)", e.getMessage());
    }

    @Test
    void fingerprintChangesWhenAskedContentChanges() {
        Quiz quiz = Assembly.assemble(LibraryFixtures.anyBlueprint(), LibraryFixtures.anyLibrary(), SEED);
        List<Vignette> edited = new ArrayList<>(quiz.vignettes());
        Vignette v = edited.get(0);
        edited.set(0, new Vignette(v.id(), v.version(), v.format(), v.modality(), v.difficulty(), v.minutes(), v.language(),
                v.title() + " (revised)", v.authors(), v.license(), v.objectives(), v.clients(), v.background(),
                v.transcript(), v.annotations(), v.questions()));
        assertNotEquals(quiz.fingerprint(), Fingerprint.of(edited));
        assertEquals(quiz.fingerprint(), Fingerprint.of(reversed(quiz.vignettes())));
    }

    @Test
    void refusesAQuizWhoseContentNoLongerMatchesItsFingerprint() {
        Quiz quiz = Assembly.assemble(LibraryFixtures.anyBlueprint(), LibraryFixtures.anyLibrary(), SEED);
        ModelException e = assertThrows(ModelException.class, () -> new Quiz(quiz.id(), quiz.blueprintId(),
                quiz.blueprintVersion(), quiz.seed(), "0".repeat(64), quiz.settings(), quiz.sections(), quiz.vignettes()));
        assertTrue(e.getMessage().contains("the content was changed after the quiz was drawn"), e.getMessage());
    }
}
