package org.securebase.model.vignette;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EmptySource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.securebase.model.ModelException;
import org.securebase.model.ModelFixtures;

class SeriesTest {

    @Test
    void sortsBySeriesThenSession() {
        List<Series> places = new ArrayList<>(List.of(new Series("kim", 3), new Series("ada", 2), new Series("kim", 1)));
        places.sort(Series.IN_ORDER);
        assertEquals(List.of(new Series("ada", 2), new Series("kim", 1), new Series("kim", 3)), places);
        assertEquals("series kim, session 3", new Series("kim", 3).describe());
    }

    @ParameterizedTest
    @ValueSource(ints = {0, -1})
    void refusesASessionBelowOne(int session) {
        ModelException e = assertThrows(ModelException.class, () -> new Series("kim", session));
        assertEquals("session of series kim must be ≥ 1, was " + session, e.getMessage());
    }

    @ParameterizedTest
    @NullSource
    @EmptySource
    @ValueSource(strings = {"two words", "-dash-first"})
    void refusesAnIdThatIsNotAnIdentifier(String id) {
        ModelException e = assertThrows(ModelException.class, () -> new Series(id, 1));
        assertTrue(e.getMessage().startsWith("series id must be letters"), e.getMessage());
    }

    @Test
    void aVignetteKeepsItsPlaceThroughCopies() {
        Vignette v = ModelFixtures.anyVignette();
        assertTrue(v.inSeries().isEmpty(), "a vignette stands alone unless it names a series");
        Vignette placed = v.withSeries(new Series("kim", 2));
        assertEquals(new Series("kim", 2), placed.inSeries().orElseThrow());
        Vignette cut = placed.withQuestions(List.of(placed.questions().get(0)));
        assertEquals(new Series("kim", 2), cut.series());
        assertEquals(1, cut.questions().size());
        assertEquals(v, placed.withSeries(null));
    }
}
