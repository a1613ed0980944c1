package org.securebase.scenarios.generate;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.securebase.model.question.Question;
import org.securebase.model.vignette.Format;
import org.securebase.model.vignette.Vignette;
import org.securebase.scenarios.load.ContentLoader;
import org.securebase.scenarios.load.Loaded;
import org.securebase.scenarios.load.Progress;

class SyntheticLibraryTest {
    private static final long SEED = 42L;

    @Test
    void writtenFilesValidateWithNoErrorAndNoWarningAndSatisfyTheirBlueprints(@TempDir Path dir) throws IOException {
        SyntheticLibrary.seeded(SEED).write(dir, 50);
        Loaded loaded = ContentLoader.standard().load(
                ContentLoader.Request.of(List.of(dir)).withLibraryChecks(true), Progress.NONE);
        assertEquals(List.of(), loaded.diagnostics());
        assertEquals(50, loaded.summary().vignettes());
        assertEquals(List.of("syn-quiz-15", "syn-quiz-25", "syn-quiz-5"),
                loaded.blueprints().stream().map(b -> b.id()).sorted().toList());
    }

    @Test
    void aSecondSeedAlsoValidatesCleanly(@TempDir Path dir) throws IOException {
        SyntheticLibrary.seeded(7L).write(dir, 50);
        Loaded loaded = ContentLoader.standard().load(
                ContentLoader.Request.of(List.of(dir)).withLibraryChecks(true), Progress.NONE);
        assertEquals(0, loaded.summary().errors(), () -> loaded.diagnostics().toString());
        assertEquals(0, loaded.summary().warnings(), () -> loaded.diagnostics().toString());
    }

    @Test
    void putsAHundredFilesInEachSubfolder(@TempDir Path dir) throws IOException {
        List<Path> written = SyntheticLibrary.seeded(SEED).write(dir, 250);
        assertEquals(250 + 3, written.size());
        try (Stream<Path> folders = Files.list(dir.resolve("vignettes"))) {
            List<Long> counts = folders.sorted().map(SyntheticLibraryTest::countFiles).toList();
            assertEquals(List.of(100L, 100L, 50L), counts);
        }
        assertTrue(Files.isRegularFile(dir.resolve("vignettes/002/syn-00250.xml")));
        assertTrue(Files.isRegularFile(dir.resolve("blueprints/syn-quiz-25.xml")));
    }

    @Test
    void theSameSeedWritesTheSameBytes(@TempDir Path a, @TempDir Path b) throws IOException {
        SyntheticLibrary.seeded(SEED).write(a, 5);
        SyntheticLibrary.seeded(SEED).write(b, 5);
        Path file = Path.of("vignettes", "000", "syn-00004.xml");
        assertArrayEquals(Files.readAllBytes(a.resolve(file)), Files.readAllBytes(b.resolve(file)));
    }

    @Test
    void anotherSeedWritesAnotherLibrary() {
        assertNotEquals(SyntheticLibrary.seeded(1L).vignette(0), SyntheticLibrary.seeded(2L).vignette(0));
    }

    @Test
    void aVignetteDependsOnlyOnTheSeedAndItsIndex() {
        assertEquals(SyntheticLibrary.seeded(SEED).vignettes(10).get(7), SyntheticLibrary.seeded(SEED).vignette(7));
    }

    @Test
    void aSmallLibraryGetsOneBlueprintDrawingWhatItHas() {
        assertEquals(List.of("syn-quiz-3"), SyntheticLibrary.blueprints(3).stream().map(b -> b.id()).toList());
        assertEquals(3, SyntheticLibrary.blueprints(3).get(0).sections().get(0).drawCount());
    }

    @Property(tries = 200)
    void everyVignetteHasTheDocumentedShape(@ForAll long seed, @ForAll @IntRange(min = 0, max = 100_000) int index) {
        Vignette v = SyntheticLibrary.seeded(seed).vignette(index);
        int clients = v.clients().size();
        assertTrue(v.format() == Format.INDIVIDUAL ? clients == 1 : v.format() == Format.COUPLE ? clients == 2
                : clients >= 3 && clients <= 4, v.format() + " with " + clients + " clients");
        assertTrue(v.background().size() >= 2 && v.background().size() <= 3);
        assertTrue(v.transcript().size() >= 6 && v.transcript().size() <= 20, "turns: " + v.transcript().size());
        assertTrue(v.questions().size() >= 4 && v.questions().size() <= 6);
        assertEquals(Set.of("single-choice", "multiple-response", "ordering", "matching"),
                v.questions().stream().map(Question::typeName).collect(Collectors.toSet()));
        assertTrue(v.questions().get(0).concepts().get(0).value().startsWith("style."));
        assertTrue(v.questions().get(3).concepts().get(0).value().startsWith("intervention."));
    }

    private static long countFiles(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.count();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
