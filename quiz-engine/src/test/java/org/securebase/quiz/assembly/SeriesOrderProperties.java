package org.securebase.quiz.assembly;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.securebase.model.blueprint.AttemptPolicy;
import org.securebase.model.blueprint.QuizBlueprint;
import org.securebase.model.blueprint.Section;
import org.securebase.model.library.Library;
import org.securebase.model.vignette.Series;
import org.securebase.model.vignette.Vignette;
import org.securebase.quiz.LibraryFixtures;
import org.securebase.quiz.variant.Variant;

/**
 * Whatever a library's series look like and however a blueprint draws from it, every section of
 * the quiz and of every variant holds a series' vignettes together and in session order.
 */
class SeriesOrderProperties {

    /** A fixture vignette under another id, in this series place (or none). */
    static Vignette copy(Vignette v, String id, Series place) {
        return new Vignette(id, v.version(), v.format(), v.modality(), v.difficulty(), v.minutes(), v.language(),
                v.title(), v.authors(), v.license(), v.objectives(), v.clients(), v.background(), v.transcript(),
                v.annotations(), v.questions(), v.contentNotes(), place);
    }

    @Provide
    Arbitrary<List<Series>> places() {
        Arbitrary<Series> place = Arbitraries.of("kim", "lena-tomas", "ada")
                .flatMap(id -> Arbitraries.integers().between(1, 5).map(n -> new Series(id, n)));
        return place.injectNull(0.4).list().ofMinSize(2).ofMaxSize(12);
    }

    static Library library(List<Series> places) {
        List<Vignette> sources = LibraryFixtures.anyLibrary().vignettes();
        List<Vignette> out = new ArrayList<>();
        for (int i = 0; i < places.size(); i++) {
            out.add(copy(sources.get(i % sources.size()), "case-" + (char) ('a' + (i * 7) % 26) + i, places.get(i)));
        }
        return new Library(out);
    }

    static QuizBlueprint blueprint(int total, int firstDraw, boolean shuffle) {
        int first = Math.max(1, Math.min(firstDraw, total - 1));
        return new QuizBlueprint("series-check", 1, "Series check", null, 70, null, shuffle, shuffle, 1,
                AttemptPolicy.BEST, List.of(new Section("first", "First", first, List.of(), List.of()),
                new Section("rest", "Rest", total - first, List.of(), List.of())));
    }

    /** Fails naming the section when a series is split or out of session order. */
    static void assertSeriesTogether(List<QuizSection> sections, Quiz quiz, String what) {
        for (QuizSection s : sections) {
            List<String> ids = s.blocks().stream().map(VignetteBlock::vignetteId).toList();
            Set<String> closed = new HashSet<>();
            String current = null;
            int lastSession = 0;
            for (String vid : ids) {
                Series place = quiz.vignette(vid).series();
                String series = place == null ? null : place.id();
                if (series != null && !series.equals(current)) {
                    assertTrue(closed.add(series), what + ": section " + s.id() + " splits series " + series + ": " + ids);
                    lastSession = 0;
                }
                if (series != null) {
                    assertTrue(place.session() >= lastSession, what + ": section " + s.id() + " asks " + series
                            + " out of session order: " + ids);
                    lastSession = place.session();
                }
                current = series;
            }
        }
    }

    @Property(tries = 300)
    void everySectionAndVariantKeepsASeriesTogetherInSessionOrder(@ForAll("places") List<Series> places,
            @ForAll @IntRange(min = 1, max = 40) int firstDraw, @ForAll boolean shuffle, @ForAll long seed) {
        Library library = library(places);
        Quiz quiz = Assembly.assemble(blueprint(library.questions().size(), firstDraw, shuffle), library, seed);
        assertSeriesTogether(quiz.sections(), quiz, "the quiz");
        for (String trainee : List.of("ana", "ben", "chidi")) {
            assertSeriesTogether(Variant.forTrainee(quiz, trainee).sections(), quiz, "the variant of " + trainee);
        }
    }

    @Example
    void aSeriesStandsWhereItsFirstSessionWouldHaveStood() {
        Library library = library(java.util.Arrays.asList(new Series("kim", 3), null, new Series("kim", 1), null,
                new Series("kim", 2)));
        // ids: case-a0 (kim 3), case-h1, case-o2 (kim 1), case-v3, case-c4 (kim 2); drawn blocks sort by id
        QuizBlueprint all = new QuizBlueprint("series-check", 1, "Series check", null, 70, null, false, false, 1,
                AttemptPolicy.BEST, List.of(new Section("all", "All", library.questions().size(), List.of(), List.of())));
        Quiz quiz = Assembly.assemble(all, library, 1L);
        assertEquals(List.of("case-o2", "case-c4", "case-a0", "case-h1", "case-v3"),
                quiz.sections().get(0).blocks().stream().map(VignetteBlock::vignetteId).toList());
    }
}
