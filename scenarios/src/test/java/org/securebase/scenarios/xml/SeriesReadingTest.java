package org.securebase.scenarios.xml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.securebase.model.vignette.Series;
import org.securebase.model.vignette.Vignette;
import org.securebase.scenarios.diagnostic.Position;
import org.securebase.scenarios.diagnostic.SourceMap;

/** A vignette's {@code <series>} reads into its place in the series, remembers where it was written, and writes back. */
class SeriesReadingTest {
    static final Path SERIES = Path.of("src/test/resources/series/complete");

    static FileContent.VignetteFile read(String file) {
        FileContent c = XmlContent.standard().read(SERIES.resolve(file));
        assertEquals(List.of(), c.diagnostics(), file);
        return assertInstanceOf(FileContent.VignetteFile.class, c);
    }

    @Test
    void readsTheSeriesAndSessionOfEachCase() {
        assertEquals(new Series("lena-tomas", 1), read("lena-tomas-1-the-dishes.xml").vignette().value().series());
        assertEquals(new Series("lena-tomas", 2), read("lena-tomas-2-the-sofa.xml").vignette().value().series());
        assertEquals(new Series("lena-tomas", 3), read("lena-tomas-3-staying.xml").vignette().value().series());
    }

    @Test
    void remembersWhereTheSeriesWasWritten() {
        SourceMap source = read("lena-tomas-2-the-sofa.xml").vignette().source();
        Position at = source.at(SourceMap.seriesKey());
        assertEquals(14, at.line());
        assertTrue(at.column() > 0, "a column");
    }

    @Test
    void aCaseWithoutSeriesStandsAloneAndWritesNone() {
        Vignette example = ((FileContent.VignetteFile) AcceptanceExamplesTest.read("vignette-example.xml")).vignette().value();
        assertTrue(example.inSeries().isEmpty());
        assertTrue(!ContentWriter.write(example).contains("<series"), "no series element for a case without one");
    }

    @Test
    void writesTheSeriesBackAsWritten() {
        Vignette v = read("lena-tomas-3-staying.xml").vignette().value();
        String xml = ContentWriter.write(v);
        assertTrue(xml.contains("<series id=\"lena-tomas\" session=\"3\"/>"), xml);
        assertEquals(v, WriterRoundTripTest.reread(xml));
    }
}
