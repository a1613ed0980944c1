package org.securebase.quiz.codec;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.securebase.model.blueprint.AttemptPolicy;
import org.securebase.model.blueprint.QuizBlueprint;
import org.securebase.model.blueprint.Section;
import org.securebase.model.library.Library;
import org.securebase.model.vignette.Series;
import org.securebase.model.vignette.Vignette;
import org.securebase.quiz.LibraryFixtures;
import org.securebase.quiz.assembly.Assembly;
import org.securebase.quiz.assembly.Quiz;
import org.securebase.quiz.variant.Variant;

/** A stored quiz keeps its cases' series, so a trainee resuming from the store sees the same order. */
class SeriesCodecTest {

    @Test
    void aQuizWithASeriesReadsBackEqualAndGivesTheSameVariants() {
        List<Vignette> vignettes = LibraryFixtures.anyLibrary().vignettes();
        Library library = new Library(List.of(vignettes.get(0).withSeries(new Series("kim", 2)),
                vignettes.get(1).withSeries(new Series("kim", 1)), vignettes.get(2), vignettes.get(3)));
        QuizBlueprint all = new QuizBlueprint("series-codec", 1, "Series", null, 70, null, true, true, 1,
                AttemptPolicy.BEST, List.of(new Section("all", "All", library.questions().size(), List.of(), List.of())));
        Quiz quiz = Assembly.assemble(all, library, 7L);
        Quiz back = QuizCodec.read(QuizCodec.write(quiz));
        assertEquals(quiz, back);
        assertEquals(new Series("kim", 2), back.vignette(vignettes.get(0).id()).series());
        assertEquals(Variant.forTrainee(quiz, "ana").sections(), Variant.forTrainee(back, "ana").sections());
    }
}
