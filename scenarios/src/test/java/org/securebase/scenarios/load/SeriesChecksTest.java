package org.securebase.scenarios.load;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.securebase.scenarios.diagnostic.Diagnostic;

/**
 * Loading several files checks each case series across them: a session given twice is an error at
 * the later {@code <series>} element, sessions missing are one warning at the first session after the gap.
 */
class SeriesChecksTest {
    static final Path SERIES = Path.of("src/test/resources/series");

    static List<String> problems(Checked c) {
        return c.diagnostics().stream().map(Diagnostic::toString).toList();
    }

    static Checked check(Path... paths) {
        return ContentLoader.standard().check(ContentLoader.Request.of(List.of(paths)), Progress.NONE);
    }

    @Test
    void aCompleteSeriesLoadsWithoutProblems() {
        Loaded l = ContentLoader.standard().load(List.of(SERIES.resolve("complete")), Progress.NONE);
        assertEquals(List.of(), l.diagnostics());
        assertEquals(3, l.library().vignettes().size());
    }

    @Test
    void aSessionGivenTwiceIsAnErrorAtTheLaterSeriesElement() {
        Path later = SERIES.resolve("duplicate/lena-tomas-2-the-car.xml");
        Checked c = check(SERIES.resolve("complete"), later);
        assertEquals(List.of(later + ":14:40: error: vignette lena-tomas-the-car is session 2 of series 'lena-tomas', but"
                + " so is vignette lena-tomas-the-sofa (" + SERIES.resolve("complete/lena-tomas-2-the-sofa.xml")
                + ":14): give each session of a series once"), problems(c));
        assertEquals(1, c.summary().errors());
    }

    @Test
    void missingSessionsAreOneWarningAtTheFirstSessionAfterTheGap() {
        Checked c = check(SERIES.resolve("gap"));
        assertEquals(List.of(SERIES.resolve("gap/lena-tomas-3-staying.xml") + ":14:40: warning: series 'lena-tomas' has no"
                + " session 2: the loaded sessions are 1, 3; number the sessions 1, 2, 3 … without gaps, or load the"
                + " missing case"), problems(c));
        assertEquals(0, c.summary().errors());
    }

    @Test
    void aSeriesWithoutItsFirstSessionHasAGapToo() {
        Checked c = check(SERIES.resolve("complete/lena-tomas-2-the-sofa.xml"), SERIES.resolve("complete/lena-tomas-3-staying.xml"));
        assertEquals(List.of(SERIES.resolve("complete/lena-tomas-2-the-sofa.xml") + ":14:40: warning: series 'lena-tomas'"
                + " has no session 1: the loaded sessions are 2, 3; number the sessions 1, 2, 3 … without gaps, or load the"
                + " missing case"), problems(c));
    }

    @Test
    void theValidationCacheKeepsWhatTheSeriesChecksNeed(@TempDir Path temp) throws IOException {
        Path library = temp.resolve("library");
        for (String f : List.of("complete/lena-tomas-1-the-dishes.xml", "complete/lena-tomas-3-staying.xml",
                "duplicate/lena-tomas-2-the-car.xml", "complete/lena-tomas-2-the-sofa.xml")) {
            Path to = library.resolve(f);
            Files.createDirectories(to.getParent());
            Files.copy(SERIES.resolve(f), to);
        }
        try (Stream<Path> walk = Files.walk(library)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                Files.setLastModifiedTime(p, FileTime.from(Instant.now().minusSeconds(3600)));
            }
        }
        ContentLoader.Request request = ContentLoader.Request.of(List.of(library));
        ValidationCache cache = ValidationCache.in(temp.resolve("cache"), "test");
        Checked uncached = ContentLoader.standard().check(request, Progress.NONE);
        assertEquals(1, uncached.diagnostics().size(), uncached.diagnostics()::toString);
        assertEquals(uncached, ContentLoader.standard().withCache(cache).check(request, Progress.NONE));
        Path changed = library.resolve("complete/lena-tomas-1-the-dishes.xml");
        Files.writeString(changed, Files.readString(changed).replace("session 1: the dishes", "session 1: the washing-up"));
        Checked again = ContentLoader.standard().withCache(cache).check(request, Progress.NONE);
        assertEquals(ContentLoader.standard().check(request, Progress.NONE), again);
        assertEquals(new ValidationCache.Reuse(3, 1), cache.lastRun(), "the other three come from the cache, series and all");
        assertEquals(1, again.diagnostics().size(), again.diagnostics()::toString);
    }
}
