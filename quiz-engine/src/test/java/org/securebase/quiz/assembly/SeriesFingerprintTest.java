package org.securebase.quiz.assembly;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.securebase.model.vignette.Series;
import org.securebase.model.vignette.Vignette;
import org.securebase.quiz.LibraryFixtures;
import org.securebase.quiz.json.ContentJson;
import org.securebase.quiz.json.JsonText;

/** A case's series travels in its canonical form, and a case in no series keeps the form (and fingerprint) it had. */
class SeriesFingerprintTest {

    @Test
    void theCanonicalFormWritesASeriesOnlyWhenThereIsOne() {
        Vignette plain = LibraryFixtures.coupleLateText();
        Vignette placed = plain.withSeries(new Series("jordan-maya", 2));
        String json = JsonText.write(ContentJson.vignette(placed));
        assertEquals(placed, ContentJson.readVignette(JsonText.parse(json)));
        assertFalse(JsonText.write(ContentJson.vignette(plain)).contains("series"));
        assertEquals(plain, ContentJson.readVignette(JsonText.parse(JsonText.write(ContentJson.vignette(plain)))));
    }

    @Test
    void aSeriesChangesTheFingerprintAndNoSeriesLeavesItAlone() {
        Vignette plain = LibraryFixtures.coupleLateText();
        assertEquals(Fingerprint.of(List.of(plain)), Fingerprint.of(List.of(plain.withSeries(null))));
        assertNotEquals(Fingerprint.of(List.of(plain)), Fingerprint.of(List.of(plain.withSeries(new Series("jordan-maya", 1)))));
        assertNotEquals(Fingerprint.of(List.of(plain.withSeries(new Series("jordan-maya", 1)))),
                Fingerprint.of(List.of(plain.withSeries(new Series("jordan-maya", 2)))));
    }
}
